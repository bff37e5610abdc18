import Foundation

/// A theme and the clients in whom it recurs.
public struct CaseloadTheme: Hashable, Sendable {
    public struct Client: Hashable, Sendable {
        public var code: String
        /// Held sessions with the theme.
        public var sessions: Int
        public var ratio: Double
    }

    public var tag: AnalyzedTag
    /// Most sessions first, then by code.
    public var clients: [Client]
}

public enum CaseloadRecurrence {
    /// A theme recurs in a client when it is seen in at least this many held sessions: once is an
    /// event, twice is a pattern worth a look.
    public static let defaultMinimumSessions = 2

    /// Themes recurring in at least one client, most clients first, then by name. A theme recurs
    /// in a client when it appears in at least `minimumSessions` of the client's held sessions in
    /// the window and, if `minimumRatio` is given, in at least that share of them.
    public static func compute(
        clients: [AnalyzedClient], tags: [AnalyzedTag], window: AnalysisWindow = .all,
        minimumSessions: Int = defaultMinimumSessions, minimumRatio: Double? = nil
    ) -> [CaseloadTheme] {
        let themes = tags.filter { $0.category == .theme }
        var byTheme: [Int64: [CaseloadTheme.Client]] = [:]
        for client in clients {
            for recurrence in Recurrence.compute(sessions: client.sessions, tags: themes, window: window)
            where recurrence.sessions >= minimumSessions && recurrence.ratio >= (minimumRatio ?? 0) {
                byTheme[recurrence.tag.id, default: []].append(
                    .init(code: client.code, sessions: recurrence.sessions, ratio: recurrence.ratio))
            }
        }
        let index = TagIndex(themes)
        let result: [CaseloadTheme] = byTheme.compactMap { id, clients in
            guard let tag = index[id] else { return nil }
            let ordered = clients.sorted { $0.sessions != $1.sessions ? $0.sessions > $1.sessions : $0.code < $1.code }
            return CaseloadTheme(tag: tag, clients: ordered)
        }
        return result.sorted {
            $0.clients.count != $1.clients.count ? $0.clients.count > $1.clients.count : index.rank($0.tag.id) < index.rank($1.tag.id)
        }
    }
}
