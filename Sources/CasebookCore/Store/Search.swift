import Foundation
import GRDB

extension CaseStore {
    /// Full-text search over both note layers and observation evidence and comments, best
    /// (lowest bm25) first. Diacritics never matter: `Zoe` finds `Zoë`.
    ///
    /// Two passes: rank every match cheaply (FTS alone when there is no filter), then build
    /// snippets and session details for the few hits returned. Computing `snippet()` for every
    /// match of a common word before sorting is what makes a naive query slow.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        do {
            return try rankedSearch(query)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            // The notes live in their own tables; only the index that finds them is damaged.
            throw StoreError.searchIndexDamaged(path: url.path)
        }
    }

    private func rankedSearch(_ query: SearchQuery) throws -> [SearchHit] {
        guard let pattern = query.ftsPattern, query.limit > 0 else { return [] }
        var conditions = ["search_index MATCH ?"]
        var arguments: StatementArguments = [pattern]
        if let clientID = query.clientID {
            conditions.append("session.client_id = ?")
            arguments += [clientID]
        }
        if let from = query.from {
            conditions.append("session.started_at >= ?")
            arguments += [from]
        }
        if let until = query.until {
            conditions.append("session.started_at < ?")
            arguments += [until]
        }
        if let category = query.category {
            conditions.append("tag.category = ?")
            arguments += [category.rawValue]
        }
        let filtered = conditions.count > 1
        let joins = """
            JOIN session ON session.id = search_index.session_id
            LEFT JOIN observation ON observation.id = search_index.observation_id
            LEFT JOIN tag ON tag.id = observation.tag_id
            """
        return try database.read { db in
            var conditions = conditions
            var arguments = arguments
            if !filtered, let window = query.rankingWindow, window > 0,
                let cutoff = try Int64.fetchOne(
                    db,
                    sql: "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                    arguments: [pattern, window - 1])
            {
                conditions.append("search_index.rowid >= ?")
                arguments += [cutoff]
            }
            arguments += [query.limit]
            let rankSQL = """
                SELECT search_index.rowid AS rid, search_index.rank AS rank FROM search_index
                \(filtered ? joins : "")
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY search_index.rank
                LIMIT ?
                """
            let ranked = try Row.fetchAll(db, sql: rankSQL, arguments: arguments)
            guard !ranked.isEmpty else { return [] }
            var rankOf: [Int64: Double] = [:]
            for row in ranked { rankOf[row["rid"]] = row["rank"] }
            let ids = ranked.map { $0["rid"] as Int64 }
            let detailSQL = """
                SELECT search_index.rowid AS rid, search_index.layer AS layer,
                    search_index.session_id AS session_id, search_index.observation_id AS observation_id,
                    snippet(search_index, 0, char(1), char(2), '…', 24) AS snippet,
                    session.number AS number, session.started_at AS started_at,
                    client.id AS client_id, client.code AS code, tag.category AS category
                FROM search_index
                \(joins)
                JOIN client ON client.id = session.client_id
                WHERE search_index MATCH ? AND search_index.rowid IN (\(ids.map { _ in "?" }.joined(separator: ",")))
                """
            let details = try Row.fetchAll(db, sql: detailSQL, arguments: StatementArguments([pattern] + ids))
            return details.map { row in
                let rank = rankOf[row["rid"]] ?? 0
                return SearchHit(
                    clientID: row["client_id"], clientCode: row["code"], sessionID: row["session_id"],
                    sessionNumber: row["number"], sessionStartedAt: row["started_at"],
                    layer: SearchLayer(rawValue: row["layer"]) ?? .process, observationID: row["observation_id"],
                    category: (row["category"] as String?).flatMap(TagCategory.init(rawValue:)),
                    markedSnippet: row["snippet"], rank: rank)
            }.sorted { $0.rank < $1.rank }
        }
    }
}
