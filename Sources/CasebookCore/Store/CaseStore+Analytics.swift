import Foundation
import GRDB
import GRDBSQLite

extension CaseStore {
    /// A client's material as the analytics read it (`TimelineGrid`, `PatternsReport`): four
    /// queries in one read, whatever the number of sessions, so a 1,300-session client costs
    /// the same round trips as a new one.
    ///
    /// `tags` is the whole live codebook (merged codes left out: their observations already
    /// point at the survivor), so a tag the analytics meet is always known. Observations carry
    /// their code and intensity only: no analysis reads evidence, comment or source, and
    /// leaving them out lets the read come from an index instead of every observation's row.
    /// A screen that shows a cell's evidence reads it for that cell (`observations(sessionID:)`).
    public func analyticsInput(clientID: Int64) throws
        -> (sessions: [AnalyzedSession], tags: [AnalyzedTag], episodes: [AnalyzedEpisode])
    {
        try database.read { db in
            let tags = try analyzedTagsCache.tags(db, ordered: false, read: Self.analyzedTags)
            return (try Self.analyzedSessions(clientID: clientID, db), tags, try Self.analyzedEpisodes(clientID: clientID, db))
        }
    }

    /// `analyticsInput` for a screen, in one read with the client, and the codebook in the
    /// order `tags(includeArchived: true)` lists it.
    public func analyticsMaterial(clientID: Int64) throws -> (
        client: Client, sessions: [AnalyzedSession], tags: [AnalyzedTag], episodes: [AnalyzedEpisode]
    ) {
        try database.read { db in
            guard let client = try Client.fetchOne(db, key: clientID) else { throw StoreError.clientNotFound("#\(clientID)") }
            let tags = try analyzedTagsCache.tags(db, ordered: true, read: Self.analyzedTags)
            return (client, try Self.analyzedSessions(clientID: clientID, db), tags, try Self.analyzedEpisodes(clientID: clientID, db))
        }
    }

    /// What the Timeline draws, in one read: the client's code and name, its sessions with their
    /// observations, and the codebook in the order `tags(includeArchived: true)` lists it. No
    /// episodes: the grid does not show them, and reading them is as many index searches again
    /// as there are sessions.
    public func timelineMaterial(clientID: Int64) throws -> (
        code: String, name: String, sessions: [AnalyzedSession], tags: [AnalyzedTag]
    ) {
        try database.read { db in
            guard let client = try Row.fetchOne(db, sql: "SELECT code, name FROM client WHERE id = ?", arguments: [clientID])
            else { throw StoreError.clientNotFound("#\(clientID)") }
            let tags = try analyzedTagsCache.tags(db, ordered: true, read: Self.analyzedTags)
            return (client[0], client[1], try Self.analyzedSessions(clientID: clientID, db), tags)
        }
    }

    private static func analyzedTags(_ db: Database, ordered: Bool) throws -> [AnalyzedTag] {
        let tags = try Row.fetchAll(
            db,
            sql: "SELECT id, category, name, slug, level FROM tag WHERE merged_into_id IS NULL"
                + (ordered ? " ORDER BY category, name COLLATE NOCASE" : "")
        ).compactMap { row -> AnalyzedTag? in
            // Columns by position: a name lookup lower-cases the name for every row.
            guard let category = TagCategory(rawValue: row[1]) else { return nil }
            return AnalyzedTag(id: row[0], category: category, name: row[2], slug: row[3], level: row[4])
        }
        guard ordered else { return tags }
        // The spec's category order, as `tags()` gives it; each tag's rank looked up once.
        let rank = Dictionary(uniqueKeysWithValues: TagCategory.allCases.enumerated().map { ($1, $0) })
        return tags.enumerated().map { (rank: rank[$0.element.category] ?? 0, offset: $0.offset, tag: $0.element) }
            .sorted { ($0.rank, $0.offset) < ($1.rank, $1.offset) }
            .map(\.tag)
    }

    /// Sessions in number order, each with its observations as (code, intensity), read from the
    /// index `session_on_client_list` and the client's range of `session_code_list`: two range
    /// reads, whatever the number of sessions. Within a session, observations come in code
    /// order; no analysis depends on that order.
    private static func analyzedSessions(clientID: Int64, _ db: Database) throws -> [AnalyzedSession] {
        var sessions: [AnalyzedSession] = []
        var slot: [Int64: Int] = [:]
        // Columns straight from the statement, as below: `Row` subscripts were a fifth of this read.
        let sessionStatement = try db.cachedStatement(
            sql: "SELECT id, number, started_at, attendance FROM session WHERE client_id = ? ORDER BY number")
        let sessionIDs = try Int64.fetchCursor(sessionStatement, arguments: [clientID])
        let sessionRow = sessionStatement.sqliteStatement
        while let id = try sessionIDs.next() {
            let date: Date
            if let text = sqlite3_column_text(sessionRow, 2),
                let whole = StoredDate.wholeSeconds(
                    bytes: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(sessionRow, 2))))
            {
                date = whole
            } else {
                // What `StoredDate` leaves (a fraction, an odd format) goes to GRDB, which reports it its way.
                guard let row = try Row.fetchOne(db, sql: "SELECT started_at FROM session WHERE id = ?", arguments: [id])
                else { throw StoreError.sessionNotFound(id) }
                date = row[0]
            }
            slot[id] = sessions.count
            sessions.append(AnalyzedSession(
                id: id, number: Int(Int64(sqliteStatement: sessionRow, index: 1)), date: date,
                attendance: String(sqliteStatement: sessionRow, index: 3)))
        }
        let statement = try db.cachedStatement(sql: "SELECT session_id, codes FROM session_code_list WHERE client_id = ?")
        // The cursor decodes the session; its list is parsed from the statement's own bytes.
        let lists = try Int64.fetchCursor(statement, arguments: [clientID])
        let raw = statement.sqliteStatement
        while let sessionID = try lists.next() {
            guard let position = slot[sessionID], let text = sqlite3_column_text(raw, 1) else { continue }
            let length = Int(sqlite3_column_bytes(raw, 1))
            guard length > 0 else { continue }
            let bytes = UnsafeBufferPointer(start: text, count: length)
            guard let observations = SessionCodeList.parse(bytes) else {
                throw StoreError.codeListDamaged(sessionID: sessionID)
            }
            sessions[position].observations = observations
        }
        return sessions
    }

    /// Columns by position and a cursor: the 1,300-session client has ~1,400 episodes, and
    /// looking seven columns up by name in each row was most of the time this read took.
    private static func analyzedEpisodes(clientID: Int64, _ db: Database) throws -> [AnalyzedEpisode] {
        var episodes: [AnalyzedEpisode] = []
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT session.number, figure.role, relationship_episode.wish_tag_id, relationship_episode.ro_tag_id,
                    relationship_episode.rs_tag_id, relationship_episode.ro_positive, relationship_episode.rs_positive
                FROM relationship_episode
                JOIN session ON session.id = relationship_episode.session_id
                LEFT JOIN figure ON figure.id = relationship_episode.figure_id
                WHERE session.client_id = ?
                ORDER BY session.number, relationship_episode.id
                """,
            arguments: [clientID])
        while let row = try rows.next() {
            // RO/RS valence only means something once the component is scored.
            let roTag: Int64? = row[3]
            let rsTag: Int64? = row[4]
            episodes.append(AnalyzedEpisode(
                sessionNumber: row[0], figure: row[1] ?? "therapist", wishTagID: row[2],
                roTagID: roTag, rsTagID: rsTag,
                roPositive: roTag == nil ? nil : row[5] as Bool,
                rsPositive: rsTag == nil ? nil : row[6] as Bool))
        }
        return episodes
    }

    /// Every client (by code) with their sessions and, in each, the observations of `category`
    /// (code and intensity only): what the Caseload view compares across clients. Three reads
    /// of indexes whatever the size of the caseload; no note and no evidence is read.
    public func caseloadMaterial(category: TagCategory) throws -> (
        tags: [AnalyzedTag], clients: [(id: Int64, code: String, name: String, sessions: [AnalyzedSession])]
    ) {
        try database.read { db in
            let tags = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, name, slug, level FROM tag
                    WHERE category = ? AND merged_into_id IS NULL ORDER BY name COLLATE NOCASE
                    """,
                arguments: [category.rawValue]
            ).map { row in AnalyzedTag(id: row[0], category: category, name: row[1], slug: row[2], level: row[3]) }
            var clients: [(id: Int64, code: String, name: String, sessions: [AnalyzedSession])] = []
            var clientSlot: [Int64: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, code, name FROM client ORDER BY code COLLATE NOCASE") {
                clientSlot[row[0]] = clients.count
                clients.append((row[0], row[1], row[2], []))
            }
            var sessionSlot: [Int64: (client: Int, session: Int)] = [:]
            let sessions = try Row.fetchCursor(
                db, sql: "SELECT client_id, id, number, started_at, attendance FROM session ORDER BY client_id, number")
            while let row = try sessions.next() {
                guard let client = clientSlot[row[0]] else { continue }
                sessionSlot[row[1]] = (client, clients[client].sessions.count)
                clients[client].sessions.append(AnalyzedSession(id: row[1], number: row[2], date: row[3], attendance: row[4]))
            }
            let observations = try Row.fetchCursor(
                db,
                sql: """
                    SELECT session_id, tag_id, intensity FROM observation
                    WHERE tag_id IN (SELECT id FROM tag WHERE category = ?)
                    """,
                arguments: [category.rawValue])
            while let row = try observations.next() {
                guard let place = sessionSlot[row[0]] else { continue }
                clients[place.client].sessions[place.session].observations.append(
                    AnalyzedObservation(tagID: row[1], intensity: row[2]))
            }
            return (tags, clients)
        }
    }
}
