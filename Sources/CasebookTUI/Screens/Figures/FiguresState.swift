import CasebookCore
import TerminalKit

/// The Figures tab: the client's significant people, the selection, and the open form or confirmation.
public struct FiguresState: Sendable {
    public var clientID: Int64
    public var figures: [Figure]
    /// How many relationship episodes name each figure. The store would turn their figure into
    /// nothing on removal, which reads as "the therapist", so such figures are not removed.
    public var episodeCounts: [Int64: Int]
    public var selected: Int?
    public var form: FigureForm?
    public var confirmingRemoval: Int64?
    public var request: ScreenRequest?
    var pendingG = false

    public init(clientID: Int64, figures: [Figure], episodeCounts: [Int64: Int] = [:]) {
        self.clientID = clientID
        self.figures = figures
        self.episodeCounts = episodeCounts
        selected = figures.isEmpty ? nil : 0
    }
}
