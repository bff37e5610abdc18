import CasebookCore
import Foundation

/// What the Clients screen's preview pane shows of a client's patterns: computed once per
/// selected client (the caller caches it), drawn by `ClientPreviewPatterns.render`.
public struct ClientPatternSummary: Sendable, Equatable {
    public struct RecurringTheme: Sendable, Equatable {
        public var name: String
        /// Held sessions with the theme, over all sessions.
        public var sessions: Int
        public var ratio: Double
        public var trend: Trend
        /// Strongest intensity (0–3) in each of the recent sessions, oldest first.
        public var recent: [Int]
    }

    /// How many of the latest sessions the sparklines and the ODF cover.
    public static let recentSessionCount = 20
    public static let themeCount = 5

    public var heldSessions: Int
    /// Most frequent first.
    public var themes: [RecurringTheme]
    /// ODF of each recent session, nil where no defense was coded or the session was not held.
    public var recentODF: [Double?]
    /// First and last session number of the recent stretch.
    public var recentSessions: ClosedRange<Int>?
    /// The client's CCRT over all sessions: the most pervasive wish, RO and RS.
    public var ccrtWish: String?
    public var ccrtRO: String?
    public var ccrtRS: String?

    /// Mean ODF over the first and the last half of the recent sessions that have one.
    public var odfTrend: (from: Double, to: Double)? {
        let values = recentODF.compactMap { $0 }
        guard values.count >= 2 else { return nil }
        let half = values.count / 2
        let from = values.prefix(half).reduce(0, +) / Double(half)
        let to = values.suffix(values.count - half).reduce(0, +) / Double(values.count - half)
        return (from, to)
    }

    public init(material: ClientAnalyticsMaterial) {
        let sessions = material.sessions
        let tags = material.tags
        let recurrence = Recurrence.compute(sessions: sessions, tags: tags.filter { $0.category == .theme })
        let top = recurrence.sorted {
            $0.sessions != $1.sessions ? $0.sessions > $1.sessions
                : $0.tag.name.localizedStandardCompare($1.tag.name) == .orderedAscending
        }.prefix(Self.themeCount)
        // One pass over the recent sessions gives both the theme rows and the per-session ODF.
        let grid = TimelineGrid.build(
            sessions: sessions, tags: tags, window: .lastN(Self.recentSessionCount), categories: [.theme])
        let rows = Dictionary(grid.rows.map { ($0.tag.id, $0) }, uniquingKeysWith: { first, _ in first })
        themes = top.map { entry in
            RecurringTheme(
                name: entry.tag.name, sessions: entry.sessions, ratio: entry.ratio, trend: entry.trend,
                recent: rows[entry.tag.id]?.intensities(columns: grid.columns.count)
                    ?? Array(repeating: 0, count: grid.columns.count))
        }
        heldSessions = sessions.filter(\.isHeld).count
        recentODF = grid.columns.map(\.odf)
        if let first = grid.columns.first, let last = grid.columns.last { recentSessions = first.session...last.session }
        let ccrt = CCRTPervasiveness.compute(episodes: material.episodes, sessions: sessions, tags: tags).overall
        ccrtWish = ccrt.coreWish?.name
        ccrtRO = ccrt.coreRO?.name
        ccrtRS = ccrt.coreRS?.name
    }
}
