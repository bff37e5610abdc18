import Foundation
import GRDB

extension CaseStore {
    /// Full-text search over both note layers and observation evidence and comments.
    /// Diacritics never matter: `Zoe` finds `Zoë`.
    ///
    /// The order the clinician gets: when at most `query.rankingCap` passages match (after the
    /// filters), best first by bm25; when more match, newest session first (`SearchHit.order`
    /// says which). bm25 costs time for every match it scores, plus a pass over every match of
    /// each term to weigh it; a word like "said" matches a hundred thousand passages of a
    /// career's notes, where recent material is what a clinician wants first anyway.
    ///
    /// Nothing but the index's rowids is read until the hits are chosen (a passage's rowid says
    /// its session, layer and observation, see `SearchRowid`); then snippets and session details
    /// are built for the returned hits only.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        // Notes saved since the last search are indexed first, so no hit shows an old text. If
        // that write fails (a full disk), search goes on over the index as it is.
        _ = try? catchUpSearchIndex()
        do {
            return try database.read { db in try Self.search(query, db) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            // The notes live in their own tables; only the index that finds them is damaged.
            throw StoreError.searchIndexDamaged(path: url.path)
        }
    }

    private static func search(_ query: SearchQuery, _ db: Database) throws -> [SearchHit] {
        guard let pattern = query.ftsPattern, query.limit > 0 else { return [] }
        guard let scope = try SearchScope(query, pattern: pattern, db) else { return [] }
        let order: SearchOrder
        if let cap = query.rankingCap {
            let count = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM (SELECT 1 \(scope.from) WHERE \(scope.condition) LIMIT ?)",
                arguments: scope.arguments + [cap + 1]) ?? 0
            if count == 0 { return [] }
            order = count <= cap ? .relevance : .recency
        } else {
            order = .relevance
        }
        var ranked: [(rowid: Int64, rank: Double)] = []
        switch order {
        case .relevance:
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT search_index.rowid, search_index.rank \(scope.from) WHERE \(scope.condition)
                    ORDER BY search_index.rank, search_index.rowid DESC LIMIT ?
                    """,
                arguments: scope.arguments + [query.limit])
            while let row = try rows.next() { ranked.append((row[0], row[1])) }
        case .recency:
            let rowids = try Int64.fetchAll(
                db,
                sql: "SELECT search_index.rowid \(scope.from) WHERE \(scope.condition) ORDER BY search_index.rowid DESC LIMIT ?",
                arguments: scope.arguments + [query.limit])
            ranked = rowids.enumerated().map { ($1, Double($0 + 1)) }
        }
        guard !ranked.isEmpty else { return [] }
        let snippets = try snippets(of: ranked.map(\.rowid), pattern: pattern, db)
        let sessions = try sessionDetails(Set(ranked.map { SearchRowid.session(of: $0.rowid) }), db)
        let categories = try categories(of: ranked.compactMap { SearchRowid.observation(of: $0.rowid) }, db)
        return ranked.compactMap { hit in
            guard let session = sessions[SearchRowid.session(of: hit.rowid)] else { return nil }
            let observation = SearchRowid.observation(of: hit.rowid)
            return SearchHit(
                clientID: session.clientID, clientCode: session.clientCode, sessionID: session.id,
                sessionNumber: session.number, sessionStartedAt: session.startedAt,
                layer: SearchRowid.layer(of: hit.rowid), observationID: observation,
                category: observation.flatMap { categories[$0] }, markedSnippet: snippets[hit.rowid] ?? "",
                rank: hit.rank, order: order)
        }
    }

    /// Snippets of the given passages, in one pass over the matches between the lowest and
    /// highest of them: `snippet()` is computed only where the `CASE` picks a hit. Looking each
    /// passage up by `rowid = ?` instead restarts the query per hit, twenty times slower.
    private static func snippets(of rowids: [Int64], pattern: String, _ db: Database) throws -> [Int64: String] {
        guard let low = rowids.min(), let high = rowids.max() else { return [:] }
        let marks = rowids.map { _ in "?" }.joined(separator: ",")
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT rowid, CASE WHEN rowid IN (\(marks))
                    THEN snippet(search_index, 0, char(1), char(2), '…', 24) END
                FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?
                """,
            arguments: StatementArguments(rowids) + [pattern, low, high])
        var snippets: [Int64: String] = [:]
        while let row = try rows.next() {
            if let snippet = row[1] as String? { snippets[row[0]] = snippet }
        }
        return snippets
    }

    private struct SessionDetail {
        var id: Int64
        var number: Int
        var startedAt: Date
        var clientID: Int64
        var clientCode: String
    }

    private static func sessionDetails(_ ids: Set<Int64>, _ db: Database) throws -> [Int64: SessionDetail] {
        let marks = ids.map { _ in "?" }.joined(separator: ",")
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT session.id, session.number, session.started_at, client.id, client.code
                FROM session JOIN client ON client.id = session.client_id WHERE session.id IN (\(marks))
                """,
            arguments: StatementArguments(Array(ids)))
        var details: [Int64: SessionDetail] = [:]
        while let row = try rows.next() {
            let detail = SessionDetail(id: row[0], number: row[1], startedAt: row[2], clientID: row[3], clientCode: row[4])
            details[detail.id] = detail
        }
        return details
    }

    private static func categories(of observationIDs: [Int64], _ db: Database) throws -> [Int64: TagCategory] {
        guard !observationIDs.isEmpty else { return [:] }
        let ids = Array(Set(observationIDs))
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT observation.id, tag.category FROM observation JOIN tag ON tag.id = observation.tag_id
                WHERE observation.id IN (\(ids.map { _ in "?" }.joined(separator: ",")))
                """,
            arguments: StatementArguments(ids))
        var categories: [Int64: TagCategory] = [:]
        while let row = try rows.next() {
            if let category = TagCategory(rawValue: row[1]) { categories[row[0]] = category }
        }
        return categories
    }
}
