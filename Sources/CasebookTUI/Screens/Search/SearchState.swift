import CasebookCore
import Foundation
import TerminalKit

/// Everything the search screen shows and remembers, as a value.
public struct SearchState: Sendable {
    /// Which part of the screen takes the keys.
    public enum Focus: Sendable, Equatable {
        case query
        case results
        /// Typing the "from" or "to" day of the date filter.
        case fromDate
        case toDate
    }

    /// Wait this long after the last keystroke before searching, so each word costs one query.
    public static let debounce: TimeInterval = 0.150

    public var query = TextInputState()
    public var focus: Focus = .query
    /// The newest time the screen has heard of (from `open` and ticks); keystrokes carry no time.
    public var clock: Date
    /// When the query last changed (as near as the screen can tell); nil once its search has
    /// been asked for.
    public var lastTypedAt: Date?
    /// A keystroke arrived since the last tick, somewhere between `clock` and the next tick.
    var typedSinceTick = false
    /// Counts query and filter changes; results carry the one they were asked for, and only the
    /// newest is shown, so a slow early search never overwrites a later one.
    public var generation = 0
    /// The generation whose results are on screen.
    public var shownGeneration = -1
    /// The query text the shown results answer (for "No matches for …").
    public var shownQuery = ""
    public var results: [SearchHit] = []
    public var selection = ListState()
    /// The first `g` of `gg` was pressed.
    var pendingG = false

    public var clients: [SearchClient]
    public var clientFilter: Int64?
    public var categoryFilter: TagCategory?
    /// The applied date range as typed (`YYYY-MM-DD`); empty means open.
    public var fromText = ""
    public var toText = ""
    /// The date fields while being edited.
    public var fromInput = TextInputState()
    public var toInput = TextInputState()
    /// What is wrong with the typed dates, shown under the filters.
    public var dateError: String?
    /// Open while the clinician picks a client to filter by.
    public var clientPicker: FuzzyPickerState?
    /// Whether names may be shown and matched in the client picker; the shell keeps it in step
    /// with code-only mode (the view never shows a name when rendered code-only anyway).
    public var codeOnly: Bool
    /// A search or open that failed, in words.
    public var error: String?
    public var request: ScreenRequest?

    public init(clients: [SearchClient], clientFilter: Int64? = nil, codeOnly: Bool = false, now: Date) {
        self.clients = clients
        self.clientFilter = clientFilter
        self.codeOnly = codeOnly
        self.clock = now
    }

    public var selectedHit: SearchHit? {
        guard let index = selection.selected, results.indices.contains(index) else { return nil }
        return results[index]
    }

    /// The query as the store takes it, or nil when there is nothing to search for.
    var storeQuery: SearchQuery? {
        guard SearchQuery(query.text).ftsPattern != nil else { return nil }
        return SearchQuery(
            query.text, clientID: clientFilter, from: SearchDate.startOfDay(fromText),
            until: SearchDate.endOfDay(toText), category: categoryFilter)
    }

    func client(_ id: Int64?) -> SearchClient? { id.flatMap { id in clients.first { $0.id == id } } }
}
