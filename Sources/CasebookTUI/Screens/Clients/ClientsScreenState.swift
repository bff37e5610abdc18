import TerminalKit

/// The Clients screen: the caseload, the filter being typed, the sort and the selection.
public struct ClientsScreenState: Hashable, Sendable {
    /// Every client the store returned; `visible` is what the filter and sort leave of it.
    public private(set) var all: [ClientListItem] = []
    public private(set) var visible: [ClientListItem] = []
    /// False until the first load arrives, so an empty caseload is not mistaken for a slow one.
    public var loaded = false
    public var filter = TextInputState()
    /// The filter field has the keys (typing goes into it).
    public var isFiltering = false
    public var sort: ClientSort = .code
    public var list = ListState()
    /// The selected client, kept by id so filtering, sorting, reloading and resizing never move it.
    public var selectedID: Int64?
    public var focus: ClientsPane = .list
    public var previewScroll = 0

    public init() {}

    public var selected: ClientListItem? {
        guard let i = list.selected, visible.indices.contains(i) else { return nil }
        return visible[i]
    }

    /// Replaces the caseload (after a load or a save) and keeps the selection on the same client.
    public mutating func setClients(_ items: [ClientListItem], codeOnly: Bool, select id: Int64? = nil) {
        all = items
        loaded = true
        if let id { selectedID = id }
        refresh(codeOnly: codeOnly)
    }

    /// Reapplies filter and sort, then finds the selected client again (or the nearest row).
    public mutating func refresh(codeOnly: Bool) {
        let query = filter.text
        visible = sort.sorted(all.filter { ClientFilter.matches($0, query: query, codeOnly: codeOnly) }, codeOnly: codeOnly)
        if let id = selectedID, let i = visible.firstIndex(where: { $0.id == id }) {
            list.selected = i
        } else if visible.isEmpty {
            list.selected = nil
        } else {
            list.selected = min(list.selected ?? 0, visible.count - 1)
        }
        selectedID = selected?.id
    }

    /// Moves the selection and remembers the client it landed on.
    public mutating func moveSelection(_ move: (inout ListState, Int) -> Void) {
        move(&list, visible.count)
        selectedID = selected?.id
        previewScroll = 0
    }
}
