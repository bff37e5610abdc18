import CasebookCore
import Foundation
import TerminalKit

/// The Formulation tab: the working copy of the six fields, the field being edited, and what
/// the store last confirmed, so unsaved text is visible and retried until it is saved.
public struct FormulationState: Sendable {
    public var clientID: Int64
    /// The client's code, to title the texts of a recovery file.
    public var clientCode = ""
    /// What the screen shows, including edits not yet confirmed by the store.
    public var formulation: Formulation
    /// What the store last confirmed; nil before the first save of a new formulation.
    public var stored: Formulation?
    public var selectedField: FormulationField = .presentingProblem
    /// Set while a field is being edited.
    public var editor: TextEditorState?
    public var history: FormulationHistory?
    public var saveError: String?
    public var lastSavedAt: Date?
    public var request: ScreenRequest?
    /// The tab's area as last reported, for wrapping the editor the way it is drawn.
    public var areaSize: Size?
    /// When the unsaved text goes to the store, and the retries after failed saves.
    var autosave = FieldAutosave()
    var pendingG = false

    public init(clientID: Int64, stored: Formulation?) {
        self.clientID = clientID
        self.stored = stored
        formulation = stored ?? Formulation(clientID: clientID, updatedAt: Date(timeIntervalSince1970: 0))
    }

    public var isEditing: Bool { editor != nil }

    /// The working copy with the open editor's text in its field.
    public var draft: Formulation {
        var draft = formulation
        if let editor { draft[keyPath: selectedField.keyPath] = editor.text }
        return draft
    }

    /// Whether something typed has not been confirmed saved yet.
    public var hasUnsavedChanges: Bool {
        let draft = draft
        guard let stored else { return !draft.isEmpty }
        return !draft.hasSameText(as: stored)
    }
}
