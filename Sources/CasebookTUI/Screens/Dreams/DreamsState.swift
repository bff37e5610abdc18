import CasebookCore
import TerminalKit

/// The Dreams tab: the client's dream and memory observations in session order.
public struct DreamsState: Sendable {
    public var clientID: Int64
    public var items: [ObservationDetail]
    public var selected: Int?
    public var request: ScreenRequest?
    var pendingG = false

    public init(clientID: Int64, items: [ObservationDetail]) {
        self.clientID = clientID
        self.items = items
        selected = items.isEmpty ? nil : 0
    }

    public var selectedItem: ObservationDetail? { selected.flatMap { items.indices.contains($0) ? items[$0] : nil } }
}
