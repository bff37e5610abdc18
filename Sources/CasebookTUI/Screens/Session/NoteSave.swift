import CasebookCore

/// A note text to write, with the editor revision it is, so the answer can say how far the
/// store has caught up with the keyboard.
public struct NoteSave: Hashable, Sendable {
    public var sessionID: Int64
    public var layer: NoteLayer
    public var text: String
    public var revision: Int
    public var visit: EditingVisit

    public init(sessionID: Int64, layer: NoteLayer, text: String, revision: Int, visit: EditingVisit) {
        self.sessionID = sessionID
        self.layer = layer
        self.text = text
        self.revision = revision
        self.visit = visit
    }
}
