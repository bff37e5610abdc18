import Foundation
import GRDB

extension CaseStore {
    /// Every client with what the Clients screen shows of them, in one read whatever the size of
    /// the caseload: no observation and no whole note is read. Session counts per code come from
    /// `client_tag_sessions` (kept by triggers), the latest note from a `substr` (SQLite counts code points, and says
    /// with `length` whether that was all of it).
    ///
    /// - Parameters:
    ///   - codeLimit: how many codes of any category each entry keeps.
    ///   - themeLimit: how many themes each entry keeps.
    ///   - excerptLength: characters of the latest note to read; a longer note comes back cut,
    ///     with `isWhole` false, so a caller needing more can read that one note.
    public func clientRoster(codeLimit: Int, themeLimit: Int, excerptLength: Int = 2_000) throws -> [ClientRosterEntry] {
        try database.read { db in
            var entries = try Self.rosterSummaries(db).map { ClientRosterEntry(summary: $0) }
            var slot: [Int64: Int] = [:]
            for (position, entry) in entries.enumerated() {
                if let id = entry.summary.client.id { slot[id] = position }
            }
            try Self.fillRankedCodes(&entries, slot: slot, codeLimit: codeLimit, themeLimit: themeLimit, db)
            try Self.fillLatestNotes(&entries, slot: slot, excerptLength: excerptLength, db)
            return entries
        }
    }

    /// Every code's name and category by id, merged and archived ones included (old
    /// observations may still name them): what lists need to turn code ids into chips.
    public func tagNames() throws -> [Int64: (name: String, category: TagCategory)] {
        try database.read { db in try Self.tagNames(db) }
    }

    static func tagNames(_ db: Database) throws -> [Int64: (name: String, category: TagCategory)] {
        var tags: [Int64: (name: String, category: TagCategory)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name, category FROM tag") {
            tags[row[0]] = (row[1], TagCategory(rawValue: row[2]) ?? .theme)
        }
        return tags
    }

    /// The clients list rows: `listClients` with its session count and last attended date.
    ///
    /// Columns are read by position and the aliases decoded by one shared decoder (only when
    /// there are any): decoding a thousand clients through `Codable` was a fifth of the first frame.
    static func rosterSummaries(_ db: Database, status: ClientStatus? = nil) throws -> [ClientSummary] {
        var sql = """
            SELECT id, code, name, aliases, birth_year, intake_date, status, frequency, presenting_concerns,
                supervision_questions, created_at, updated_at,
                (SELECT count(*) FROM session WHERE session.client_id = client.id),
                (SELECT max(started_at) FROM session
                    WHERE session.client_id = client.id AND attendance = 'attended')
            FROM client
            """
        var arguments: StatementArguments = []
        if let status {
            sql += " WHERE status = ?"
            arguments = [status]
        }
        sql += " ORDER BY code COLLATE NOCASE"
        let decoder = JSONDecoder()
        var summaries: [ClientSummary] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            let aliasesText: String = row[3]
            let aliases = aliasesText == "[]" ? [] : try decoder.decode([String].self, from: Data(aliasesText.utf8))
            let statusText: String = row[6]
            let client = Client(
                id: row[0], code: row[1], name: row[2], aliases: aliases, birthYear: row[4], intakeDate: row[5],
                status: ClientStatus(rawValue: statusText) ?? .active, frequency: row[7], presentingConcerns: row[8],
                supervisionQuestions: row[9], createdAt: row[10], updatedAt: row[11])
            summaries.append(ClientSummary(client: client, sessionCount: row[12], lastSeen: row[13]))
        }
        return summaries
    }

    private static func fillRankedCodes(
        _ entries: inout [ClientRosterEntry], slot: [Int64: Int], codeLimit: Int, themeLimit: Int, _ db: Database
    ) throws {
        let tags = try tagNames(db)
        // Rows come by client (the table's key); each client's codes are ranked once complete.
        var clientID: Int64?
        var pending: [ClientRosterEntry.RankedCode] = []
        func flush() {
            guard let clientID, let position = slot[clientID], !pending.isEmpty else { return }
            pending.sort { $0.sessions == $1.sessions ? $0.name < $1.name : $0.sessions > $1.sessions }
            entries[position].codes = Array(pending.prefix(codeLimit))
            entries[position].themes = Array(pending.lazy.filter { $0.category == .theme }.prefix(themeLimit))
        }
        let rows = try Row.fetchCursor(
            db, sql: "SELECT client_id, tag_id, sessions FROM client_tag_sessions WHERE sessions > 0 ORDER BY client_id")
        while let row = try rows.next() {
            let client: Int64 = row[0]
            if client != clientID {
                flush()
                clientID = client
                pending.removeAll(keepingCapacity: true)
            }
            let tagID: Int64 = row[1]
            guard let tag = tags[tagID] else { continue }
            pending.append(.init(tagID: tagID, name: tag.name, category: tag.category, sessions: row[2]))
        }
        flush()
    }

    private static func fillLatestNotes(
        _ entries: inout [ClientRosterEntry], slot: [Int64: Int], excerptLength: Int, _ db: Database
    ) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT session.client_id, session.id, session.number, session.started_at,
                    substr(CASE WHEN session.process_note <> '' THEN session.process_note ELSE session.record_note END, 1, ?),
                    length(CASE WHEN session.process_note <> '' THEN session.process_note ELSE session.record_note END) <= ?
                FROM client JOIN session ON session.id = (
                    SELECT latest.id FROM session AS latest
                    WHERE latest.client_id = client.id AND (latest.process_note <> '' OR latest.record_note <> '')
                    ORDER BY latest.number DESC LIMIT 1)
                """,
            arguments: [excerptLength, excerptLength])
        while let row = try rows.next() {
            guard let position = slot[row[0]] else { continue }
            entries[position].latestNote = .init(
                sessionID: row[1], sessionNumber: row[2], startedAt: row[3], excerpt: row[4], isWhole: row[5])
        }
    }
}
