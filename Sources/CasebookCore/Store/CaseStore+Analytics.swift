import Foundation
import GRDB

extension CaseStore {
    /// A client's material as the analytics read it (`TimelineGrid`, `PatternsReport`): four
    /// queries in one read, whatever the number of sessions, so a 1,300-session client costs
    /// the same round trips as a new one.
    ///
    /// `tags` is the whole live codebook (merged codes left out: their observations already
    /// point at the survivor), so a tag the analytics meet is always known.
    public func analyticsInput(clientID: Int64) throws
        -> (sessions: [AnalyzedSession], tags: [AnalyzedTag], episodes: [AnalyzedEpisode])
    {
        try database.read { db in
            let tags = try Self.analyzedTags(db, ordered: false)
            let (sessions, _) = try Self.analyzedSessions(clientID: clientID, spans: false, db)
            return (sessions, tags, try Self.analyzedEpisodes(clientID: clientID, db))
        }
    }

    /// `analyticsInput` for a screen, in one read with the client: the codebook in the order
    /// `tags(includeArchived: true)` lists it, and per session id where each observation's
    /// inline tag starts in the process note (nil for a manual one), in the order of that
    /// session's `observations`, so a timeline cell can open its note at the evidence.
    public func analyticsMaterial(clientID: Int64) throws -> (
        client: Client, sessions: [AnalyzedSession], tags: [AnalyzedTag], episodes: [AnalyzedEpisode],
        spans: [Int64: [(tagID: Int64, spanStart: Int?)]]
    ) {
        try database.read { db in
            guard let client = try Client.fetchOne(db, key: clientID) else { throw StoreError.clientNotFound("#\(clientID)") }
            let tags = try Self.analyzedTags(db, ordered: true)
            let (sessions, spans) = try Self.analyzedSessions(clientID: clientID, spans: true, db)
            return (client, sessions, tags, try Self.analyzedEpisodes(clientID: clientID, db), spans)
        }
    }

    private static func analyzedTags(_ db: Database, ordered: Bool) throws -> [AnalyzedTag] {
        let tags = try Row.fetchAll(
            db,
            sql: "SELECT id, category, name, slug, level FROM tag WHERE merged_into_id IS NULL"
                + (ordered ? " ORDER BY category, name COLLATE NOCASE" : "")
        ).compactMap { row -> AnalyzedTag? in
            guard let category = TagCategory(rawValue: row["category"]) else { return nil }
            return AnalyzedTag(id: row["id"], category: category, name: row["name"], slug: row["slug"], level: row["level"])
        }
        guard ordered else { return tags }
        // The spec's category order, as `tags()` gives it.
        let rank = Dictionary(uniqueKeysWithValues: TagCategory.allCases.enumerated().map { ($1, $0) })
        return tags.enumerated().sorted {
            (rank[$0.element.category] ?? 0, $0.offset) < (rank[$1.element.category] ?? 0, $1.offset)
        }.map(\.element)
    }

    private static func analyzedSessions(clientID: Int64, spans wantSpans: Bool, _ db: Database) throws
        -> ([AnalyzedSession], [Int64: [(tagID: Int64, spanStart: Int?)]])
    {
        var sessions: [AnalyzedSession] = []
        var slot: [Int64: Int] = [:]
        let sessionRows = try Row.fetchCursor(
            db, sql: "SELECT id, number, started_at, attendance FROM session WHERE client_id = ? ORDER BY number",
            arguments: [clientID])
        while let row = try sessionRows.next() {
            slot[row[0]] = sessions.count
            sessions.append(AnalyzedSession(id: row[0], number: row[1], date: row[2], attendance: row[3]))
        }
        var spans: [Int64: [(tagID: Int64, spanStart: Int?)]] = [:]
        let observations = try Row.fetchCursor(
            db,
            sql: """
                SELECT observation.session_id, observation.tag_id, observation.intensity, observation.evidence,
                    observation.comment, observation.source, observation.span_start
                FROM observation JOIN session ON session.id = observation.session_id
                WHERE session.client_id = ?
                ORDER BY observation.session_id, observation.span_start IS NULL, observation.span_start, observation.id
                """,
            arguments: [clientID])
        while let row = try observations.next() {
            let sessionID: Int64 = row[0]
            guard let position = slot[sessionID] else { continue }
            let tagID: Int64 = row[1]
            sessions[position].observations.append(AnalyzedObservation(
                tagID: tagID, intensity: row[2], evidence: row[3], comment: row[4], source: row[5]))
            if wantSpans { spans[sessionID, default: []].append((tagID, row[6])) }
        }
        return (sessions, spans)
    }

    private static func analyzedEpisodes(clientID: Int64, _ db: Database) throws -> [AnalyzedEpisode] {
        try Row.fetchAll(
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
            arguments: [clientID]
        ).map { row in
            // RO/RS valence only means something once the component is scored.
            let roTag: Int64? = row["ro_tag_id"]
            let rsTag: Int64? = row["rs_tag_id"]
            return AnalyzedEpisode(
                sessionNumber: row["number"], figure: row["role"] ?? "therapist", wishTagID: row["wish_tag_id"],
                roTagID: roTag, rsTagID: rsTag,
                roPositive: roTag == nil ? nil : row["ro_positive"] as Bool,
                rsPositive: rsTag == nil ? nil : row["rs_positive"] as Bool)
        }
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
