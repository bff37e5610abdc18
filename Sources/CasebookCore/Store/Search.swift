import Foundation
import GRDB

extension CaseStore {
    /// Full-text search over both note layers and observation evidence and comments, best
    /// (lowest bm25) first. Diacritics never matter: `Zoe` finds `Zoë`.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
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
        arguments += [query.limit]
        let sql = """
            SELECT search_index.layer AS layer, search_index.session_id AS session_id,
                search_index.observation_id AS observation_id,
                snippet(search_index, 0, char(1), char(2), '…', 24) AS snippet,
                bm25(search_index) AS rank,
                session.number AS number, session.started_at AS started_at,
                client.id AS client_id, client.code AS code, tag.category AS category
            FROM search_index
            JOIN session ON session.id = search_index.session_id
            JOIN client ON client.id = session.client_id
            LEFT JOIN observation ON observation.id = search_index.observation_id
            LEFT JOIN tag ON tag.id = observation.tag_id
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY rank
            LIMIT ?
            """
        return try database.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                SearchHit(
                    clientID: row["client_id"], clientCode: row["code"], sessionID: row["session_id"],
                    sessionNumber: row["number"], sessionStartedAt: row["started_at"],
                    layer: SearchLayer(rawValue: row["layer"]) ?? .process, observationID: row["observation_id"],
                    category: (row["category"] as String?).flatMap(TagCategory.init(rawValue:)),
                    markedSnippet: row["snippet"], rank: row["rank"])
            }
        }
    }
}
