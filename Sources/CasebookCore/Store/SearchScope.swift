import GRDB

/// Which passages a search may return, as SQL over the index: the filters of a `SearchQuery`,
/// joined through the session and observation each rowid names (`SearchRowid`), so that no
/// filter reads the index's stored text or its UNINDEXED columns.
struct SearchScope {
    /// `FROM search_index …`, the index first: `CROSS JOIN` keeps SQLite from driving the query
    /// from the sessions, which would restart the full-text query once per session.
    var from: String
    var condition: String
    var arguments: StatementArguments

    /// Nil when no session can pass the filters, so nothing can match.
    init?(_ query: SearchQuery, pattern: String, _ db: Database) throws {
        var from = "FROM search_index"
        var conditions = ["search_index MATCH ?"]
        var arguments: StatementArguments = [pattern]
        var sessionConditions: [String] = []
        var sessionArguments: StatementArguments = []
        if let clientID = query.clientID {
            sessionConditions.append("session.client_id = ?")
            sessionArguments += [clientID]
        }
        if let start = query.from {
            sessionConditions.append("session.started_at >= ?")
            sessionArguments += [start]
        }
        if let until = query.until {
            sessionConditions.append("session.started_at < ?")
            sessionArguments += [until]
        }
        if !sessionConditions.isEmpty {
            // The sessions that pass lie between these two, so the index is read only there.
            let bounds = try Row.fetchOne(
                db, sql: "SELECT min(id), max(id) FROM session WHERE \(sessionConditions.joined(separator: " AND "))",
                arguments: sessionArguments)
            guard let bounds, let low = bounds[0] as Int64?, let high = bounds[1] as Int64? else { return nil }
            from += " CROSS JOIN session ON session.id = search_index.rowid >> 32"
            conditions.append("search_index.rowid BETWEEN ? AND ?")
            arguments += [SearchRowid.range(session: low).lowerBound, SearchRowid.range(session: high).upperBound]
            conditions += sessionConditions
            arguments += sessionArguments
        }
        if let category = query.category {
            from += """
                 CROSS JOIN observation ON observation.id = \(SearchRowid.observationSQL("search_index.rowid"))
                 CROSS JOIN tag ON tag.id = observation.tag_id
                """
            conditions.append("tag.category = ?")
            arguments += [category.rawValue]
        }
        self.from = from
        self.condition = conditions.joined(separator: " AND ")
        self.arguments = arguments
    }
}
