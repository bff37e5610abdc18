import CasebookCore
import Foundation
import TerminalKit

/// The parts of the Patterns view, one shown at a time.
public enum PatternsSection: Int, CaseIterable, Sendable {
    case recurrence, cooccurrence, defenses, ccrt

    public var title: String {
        switch self {
        case .recurrence: "Recurrence"
        case .cooccurrence: "Co-occurrence"
        case .defenses: "Defenses"
        case .ccrt: "CCRT"
        }
    }
}

/// The column the recurrence table is sorted by.
public enum RecurrenceSortKey: Int, CaseIterable, Sendable {
    /// The timeline's order: category, defenses by level, then name.
    case category
    case tag, sessions, ratio, first, last, streak, trend

    public var title: String {
        switch self {
        case .category: "Category"
        case .tag: "Tag"
        case .sessions: "Sessions"
        case .ratio: "Ratio"
        case .first: "First"
        case .last: "Last"
        case .streak: "Streak"
        case .trend: "Trend"
        }
    }

    var next: RecurrenceSortKey {
        let all = Self.allCases
        return all[(rawValue + 1) % all.count]
    }
}

/// Everything the Patterns view shows, as a value; the report is computed once per load or window.
public struct PatternsState: Sendable {
    public var material: ClientAnalyticsMaterial
    public private(set) var window: SessionWindowChoice = .all
    public private(set) var report: PatternsReport
    public var section: PatternsSection = .recurrence
    public private(set) var sortKey: RecurrenceSortKey = .category
    /// Sort against the key's natural direction (names A→Z, counts most first).
    public private(set) var reversed = false
    /// The recurrence table in its current order.
    public private(set) var recurrence: [PatternsReport.RecurrenceEntry] = []
    public var recurrenceList = ListState(selected: 0)
    public var pairList = ListState(selected: 0)
    /// Rows scrolled in the text sections.
    public var defensesScroll = 0
    public var ccrtScroll = 0
    public var viewport = Size(width: 120, height: 40)
    public var timeZone: TimeZone
    public var pendingG = false
    public var request: ScreenRequest?

    public init(material: ClientAnalyticsMaterial, timeZone: TimeZone = .current) {
        self.material = material
        self.timeZone = timeZone
        report = PatternsReport.build(client: material.code, sessions: [], episodes: [], tags: [])
        rebuild()
    }

    public var clientID: Int64 { material.clientID }

    public mutating func setWindow(_ window: SessionWindowChoice) {
        self.window = window
        rebuild()
    }

    public mutating func replaceMaterial(_ material: ClientAnalyticsMaterial) {
        self.material = material
        rebuild()
    }

    /// Sorts by `key`; choosing the current key again keeps its direction.
    public mutating func sort(by key: RecurrenceSortKey, reversed: Bool = false) {
        sortKey = key
        self.reversed = reversed
        resort()
    }

    private mutating func rebuild() {
        report = PatternsReport.build(
            client: material.code, sessions: material.sessions, episodes: material.episodes, tags: material.tags,
            options: PatternsReport.Options(window: window.analysisWindow))
        resort()
        pairList.selected = report.cooccurrence.isEmpty ? nil : 0
        pairList.offset = 0
    }

    private mutating func resort() {
        // The report lists rows in tag order; keep that position as the final tie-break.
        let order = report.recurrence.enumerated().map { ($0.offset, $0.element) }
        let key = sortKey
        let sorted = order.sorted { x, y in
            let comparison = Self.compare(x.1, y.1, by: key)
            if comparison != 0 { return comparison < 0 }
            return x.0 < y.0
        }.map(\.1)
        recurrence = reversed ? sorted.reversed() : sorted
        recurrenceList.selected = recurrence.isEmpty ? nil : 0
        recurrenceList.offset = 0
    }

    /// Negative when `a` comes first in the key's natural direction.
    static func compare(_ a: PatternsReport.RecurrenceEntry, _ b: PatternsReport.RecurrenceEntry, by key: RecurrenceSortKey) -> Int {
        func ascending<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : x > y ? 1 : 0 }
        switch key {
        case .category: return 0
        case .tag:
            let order = a.tag.localizedStandardCompare(b.tag)
            return order == .orderedAscending ? -1 : order == .orderedDescending ? 1 : 0
        case .sessions: return ascending(b.sessions, a.sessions)
        case .ratio: return ascending(b.ratio, a.ratio)
        case .first: return ascending(a.first, b.first)
        case .last: return ascending(b.last, a.last)
        case .streak: return ascending(b.longestStreak, a.longestStreak)
        case .trend: return ascending(trendRank(a.trend), trendRank(b.trend))
        }
    }

    static func trendRank(_ trend: Trend) -> Int {
        switch trend {
        case .rising: 0
        case .flat: 1
        case .falling: 2
        }
    }
}

/// What the shell feeds the Patterns view.
public enum PatternsInput: Sendable {
    case key(KeyEvent)
    case paste(String)
    case tick(Date)
    case resized(Size)
    case loaded(ClientAnalyticsMaterial)
    case failed(String)
}

/// Store work the Patterns view asks for.
public enum PatternsEffect: Sendable, Equatable {
    case reload(clientID: Int64)
}
