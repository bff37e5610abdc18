import Foundation
import GRDB

extension CaseStore {
    /// Every client with what the Clients list shows of them, in one read whatever the size of
    /// the caseload: the client's own columns the list and the edit form use, the session count
    /// and last attended date, and the top themes from `client_tag_sessions` (kept by triggers).
    /// Nothing only the selected client's preview shows is read here (`clientPreviewFacts`).
    ///
    /// - Parameter themeLimit: how many themes each entry keeps.
    public func clientRoster(themeLimit: Int) throws -> [ClientRosterEntry] {
        try database.read { db in
            var entries = try Self.rosterEntries(db)
            var slot: [Int64: Int] = [:]
            slot.reserveCapacity(entries.count)
            for (position, entry) in entries.enumerated() { slot[entry.id] = position }
            try Self.fillTopThemes(&entries, slot: slot, limit: themeLimit, db)
            return entries
        }
    }

    /// The preview's part of one client: codes ranked as the list ranks themes, and the start of
    /// the latest note (SQLite's `substr` counts code points; `length` says whether that was all).
    ///
    /// - Parameters:
    ///   - codeLimit: how many codes of any category to keep.
    ///   - excerptLength: characters of the latest note to read; a longer note comes back cut,
    ///     with `isWhole` false, so a caller needing more can read that one note.
    public func clientPreviewFacts(clientID: Int64, codeLimit: Int, excerptLength: Int = 2_000) throws -> ClientPreviewFacts {
        try database.read { db in
            let tags = try Self.tagNames(db)
            var codes: [ClientRosterEntry.RankedCode] = []
            let rows = try Row.fetchCursor(
                db, sql: "SELECT tag_id, sessions FROM client_tag_sessions WHERE client_id = ? AND sessions > 0",
                arguments: [clientID])
            while let row = try rows.next() {
                let tagID: Int64 = row[0]
                guard let tag = tags[tagID] else { continue }
                codes.append(.init(tagID: tagID, name: tag.name, category: tag.category, sessions: row[1]))
            }
            codes.sort { $0.sessions == $1.sessions ? $0.name < $1.name : $0.sessions > $1.sessions }
            let latest = try Row.fetchOne(
                db,
                sql: """
                    SELECT id, number, started_at,
                        substr(CASE WHEN process_note <> '' THEN process_note ELSE record_note END, 1, ?),
                        length(CASE WHEN process_note <> '' THEN process_note ELSE record_note END) <= ?
                    FROM session
                    WHERE client_id = ? AND (process_note <> '' OR record_note <> '')
                    ORDER BY number DESC LIMIT 1
                    """,
                arguments: [excerptLength, excerptLength, clientID])
            return ClientPreviewFacts(
                codes: Array(codes.prefix(codeLimit)),
                latestNote: latest.map {
                    .init(sessionID: $0[0], sessionNumber: $0[1], startedAt: $0[2], excerpt: $0[3], isWhole: $0[4])
                })
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
    /// Columns are read by position and the aliases split without a JSON decoder where they
    /// need none (`AliasesText`): decoding a thousand clients through `Codable` was a fifth of
    /// the first frame.
    static func rosterSummaries(_ db: Database, status: ClientStatus? = nil) throws -> [ClientSummary] {
        var sql = """
            SELECT id, code, name, aliases, birth_year, intake_date, status, frequency, presenting_concerns,
                supervision_questions, created_at, updated_at, coalesce(counts.sessions, 0), counts.last_attended
            FROM client LEFT JOIN client_session_counts AS counts ON counts.client_id = client.id
            """
        var arguments: StatementArguments = []
        if let status {
            sql += " WHERE status = ?"
            arguments = [status]
        }
        sql += " ORDER BY code COLLATE NOCASE"
        var summaries: [ClientSummary] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            let statusText: String = row[6]
            let client = Client(
                id: row[0], code: row[1], name: row[2], aliases: try AliasesText.decode(row[3]), birthYear: row[4],
                intakeDate: row[5], status: ClientStatus(rawValue: statusText) ?? .active, frequency: row[7],
                presentingConcerns: row[8], supervisionQuestions: row[9], createdAt: row[10], updatedAt: row[11])
            summaries.append(ClientSummary(client: client, sessionCount: row[12], lastSeen: row[13]))
        }
        return summaries
    }

    /// The roster's rows: only the columns the list, its filter and the edit form use.
    private static func rosterEntries(_ db: Database) throws -> [ClientRosterEntry] {
        var entries: [ClientRosterEntry] = []
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, code, name, aliases, birth_year, intake_date, status, frequency, presenting_concerns,
                    coalesce(counts.sessions, 0), counts.last_attended
                FROM client LEFT JOIN client_session_counts AS counts ON counts.client_id = client.id
                ORDER BY code COLLATE NOCASE
                """)
        while let row = try rows.next() {
            let statusText: String = row[6]
            let intakeValue: DatabaseValue = row[5]
            let lastSeenValue: DatabaseValue = row[10]
            let intakeDate: Date = StoredDate.wholeSeconds(intakeValue) ?? row[5]
            let lastSeen: Date? = StoredDate.wholeSeconds(lastSeenValue) ?? row[10]
            entries.append(ClientRosterEntry(
                id: row[0], code: row[1], name: row[2], aliases: try AliasesText.decode(row[3]), birthYear: row[4],
                intakeDate: intakeDate, status: ClientStatus(rawValue: statusText) ?? .active, frequency: row[7],
                presentingConcerns: row[8], sessionCount: row[9], lastSeen: lastSeen))
        }
        return entries
    }

    /// Each client's top themes: only theme rows leave SQLite (a fifth of the counts, read from
    /// `client_tag_sessions_on_tag` by theme), and each client's best `limit` are kept as they
    /// stream by, compared by a precomputed rank of the theme names instead of the names
    /// themselves. Same order as sorting every code by sessions, then name, then id, and keeping
    /// the themes.
    private static func fillTopThemes(
        _ entries: inout [ClientRosterEntry], slot: [Int64: Int], limit: Int, _ db: Database
    ) throws {
        guard limit > 0 else { return }
        // A category the code does not know counts as a theme, as everywhere tags are named.
        var themes: [(id: Int64, name: String)] = []
        for row in try Row.fetchAll(db, sql: "SELECT id, name, category FROM tag") {
            let category: String = row[2]
            if (TagCategory(rawValue: category) ?? .theme) == .theme { themes.append((row[0], row[1])) }
        }
        guard !themes.isEmpty else { return }
        themes.sort { $0.name < $1.name }
        var rank: [Int64: Int] = [:]
        var name: [Int64: String] = [:]
        var current = 0
        for (index, theme) in themes.enumerated() {
            if index > 0, themes[index - 1].name < theme.name { current += 1 }
            rank[theme.id] = current
            name[theme.id] = theme.name
        }
        struct Candidate {
            var tagID: Int64
            var sessions: Int
            var rank: Int

            func goes(before other: Candidate) -> Bool {
                if sessions != other.sessions { return sessions > other.sessions }
                if rank != other.rank { return rank < other.rank }
                return tagID < other.tagID
            }
        }
        // Each client's best side by side in one buffer, `width` places each: a thousand small
        // arrays cost more to allocate than the comparisons. No client has more than every theme.
        let width = min(limit, themes.count)
        var kept = [Candidate](repeating: Candidate(tagID: 0, sessions: 0, rank: 0), count: entries.count * width)
        var keptCount = [Int](repeating: 0, count: entries.count)
        let ids = themes.map { String($0.id) }.joined(separator: ",")
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT client_id, tag_id, sessions FROM client_tag_sessions
                WHERE tag_id IN (\(ids)) AND sessions > 0
                """)
        var lastTag: Int64?
        var lastRank = 0
        while let row = try rows.next() {
            let clientID: Int64 = row[0]
            guard let position = slot[clientID] else { continue }
            let tagID: Int64 = row[1]
            if tagID != lastTag {
                lastTag = tagID
                lastRank = rank[tagID] ?? 0
            }
            let candidate = Candidate(tagID: tagID, sessions: row[2], rank: lastRank)
            let base = position * width
            let count = keptCount[position]
            var at = count
            while at > 0, candidate.goes(before: kept[base + at - 1]) { at -= 1 }
            guard at < width else { continue }
            // The worse ones move one place down; the last falls off when the client is full.
            var index = min(count, width - 1)
            while index > at {
                kept[base + index] = kept[base + index - 1]
                index -= 1
            }
            kept[base + at] = candidate
            keptCount[position] = min(count + 1, width)
        }
        for position in entries.indices where keptCount[position] > 0 {
            let base = position * width
            entries[position].themes = kept[base..<(base + keptCount[position])].map {
                .init(tagID: $0.tagID, name: name[$0.tagID] ?? "", category: .theme, sessions: $0.sessions)
            }
        }
    }
}
