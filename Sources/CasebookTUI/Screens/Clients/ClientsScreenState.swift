import TerminalKit

/// The Clients screen: the caseload, the filter being typed, the sort and the selection.
public struct ClientsScreenState: Sendable {
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
    /// The selected client's recurring themes, ODF and CCRT, read when the selection settles
    /// on a client; `patternsClientID` says whose they are (or were asked for).
    public var patterns: ClientPatternSummary?
    public var patternsClientID: Int64?
    /// The selected client's frequent codes and latest note, read with the patterns;
    /// `detailClientID` says whose they are (or were asked for).
    public var detail: ClientPreviewDetail?
    public var detailClientID: Int64?

    public init() {}

    public var selected: ClientListItem? {
        guard let i = list.selected, visible.indices.contains(i) else { return nil }
        return visible[i]
    }

    /// The preview detail of the selected client, only once it is that client's.
    public var selectedDetail: ClientPreviewDetail? {
        guard let id = selected?.id, detailClientID == id else { return nil }
        return detail
    }

    /// Replaces the caseload (after a load or a save) and keeps the selection on the same client.
    public mutating func setClients(_ items: [ClientListItem], codeOnly: Bool, select id: Int64? = nil) {
        all = items
        loaded = true
        // Sessions may have changed underneath: read the patterns and the preview detail again.
        patterns = nil
        patternsClientID = nil
        detail = nil
        detailClientID = nil
        if let id { selectedID = id }
        refresh(codeOnly: codeOnly)
    }

    /// Reapplies filter and sort, then finds the selected client again (or the nearest row).
    public mutating func refresh(codeOnly: Bool) {
        let matches = ClientFilter.matcher(query: filter.text, codeOnly: codeOnly)
        visible = sort.sorted(all.filter(matches), codeOnly: codeOnly)
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
