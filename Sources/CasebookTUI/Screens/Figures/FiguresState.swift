import CasebookCore
import TerminalKit

/// The Figures tab: the client's significant people, the selection, and the open form or confirmation.
public struct FiguresState: Sendable {
    public var clientID: Int64
    public var figures: [Figure]
    public var selected: Int?
    public var form: FigureForm?
    public var confirmingRemoval: Int64?
    public var request: ScreenRequest?
    var pendingG = false

    public init(clientID: Int64, figures: [Figure]) {
        self.clientID = clientID
        self.figures = figures
        selected = figures.isEmpty ? nil : 0
    }
}
