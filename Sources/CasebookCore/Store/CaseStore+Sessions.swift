import Foundation
import GRDB

extension CaseStore {
    /// Opens the client's next session, numbered after the highest so far and dated `startedAt` (default now).
    @discardableResult
    public func createSession(
        clientID: Int64, startedAt: Date? = nil, durationMinutes: Int = 50,
        attendance: Attendance = .attended, modality: Modality = .inPerson
    ) throws -> Session {
        let stamp = now()
        return try write { db in
            guard try Client.exists(db, key: clientID) else { throw StoreError.clientNotFound("#\(clientID)") }
            let last = try Int.fetchOne(
                db, sql: "SELECT max(number) FROM session WHERE client_id = ?", arguments: [clientID]) ?? 0
            var session = Session(
                clientID: clientID, number: last + 1, startedAt: startedAt ?? stamp, durationMinutes: durationMinutes,
                attendance: attendance, modality: modality, createdAt: stamp, updatedAt: stamp)
            try session.insert(db)
            return session
        }
    }

    public func session(id: Int64) throws -> Session? {
        try database.read { db in try Session.fetchOne(db, key: id) }
    }

    public func session(clientID: Int64, number: Int) throws -> Session? {
        try database.read { db in
            try Session.fetchOne(
                db, sql: "SELECT * FROM session WHERE client_id = ? AND number = ?", arguments: [clientID, number])
        }
    }

    /// The client's sessions in order of number.
    public func sessions(clientID: Int64) throws -> [Session] {
        try database.read { db in
            try Session.fetchAll(
                db, sql: "SELECT * FROM session WHERE client_id = ? ORDER BY number", arguments: [clientID])
        }
    }

    /// The client's sessions in order of number as a list shows them, in one read: a note is
    /// read only up to `excerptLength` characters, and observations only for their code, so a
    /// 1,300-session client opens without reading a career of notes and evidence.
    public func sessionRows(clientID: Int64, excerptLength: Int = 1_000) throws -> [SessionRow] {
        try database.read { db in
            var rows: [SessionRow] = []
            var slot: [Int64: Int] = [:]
            let sessions = try Row.fetchCursor(
                db,
                sql: Self.sessionRowSelect + " FROM session WHERE client_id = ? ORDER BY number",
                arguments: [excerptLength, excerptLength, clientID])
            while let row = try sessions.next() {
                slot[row[0]] = rows.count
                rows.append(Self.sessionRow(row))
            }
            let codes = try Row.fetchCursor(
                db,
                sql: """
                    SELECT observation.session_id, observation.tag_id
                    FROM observation JOIN session ON session.id = observation.session_id
                    WHERE session.client_id = ?
                    ORDER BY session.number, observation.span_start IS NULL, observation.span_start, observation.id
                    """,
                arguments: [clientID])
            while let row = try codes.next() {
                guard let position = slot[row[0]] else { continue }
                rows[position].tagIDs.append(row[1])
            }
            return rows
        }
    }

    /// The client's sessions in order of number, from an index alone: what a list needs to count
    /// and place every row; `sessionRows(ids:)` reads the rest for the rows on screen.
    public func sessionOutline(clientID: Int64) throws -> [SessionOutline] {
        try database.read { db in
            var outline: [SessionOutline] = []
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, number, started_at, attendance FROM session WHERE client_id = ? ORDER BY number",
                arguments: [clientID])
            while let row = try rows.next() {
                outline.append(SessionOutline(
                    id: row[0], number: row[1], startedAt: row[2], attendance: Attendance(rawValue: row[3]) ?? .attended))
            }
            return outline
        }
    }

    /// These sessions as a list shows them (see `sessionRows(clientID:)`), in order of number; an
    /// id that is no longer a session is left out. For the rows on screen of a long list.
    public func sessionRows(ids: [Int64], excerptLength: Int = 1_000) throws -> [SessionRow] {
        guard !ids.isEmpty else { return [] }
        return try database.read { db in
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
            var rows: [SessionRow] = []
            var slot: [Int64: Int] = [:]
            let sessions = try Row.fetchCursor(
                db,
                sql: Self.sessionRowSelect + " FROM session WHERE id IN (\(marks)) ORDER BY client_id, number",
                arguments: StatementArguments([excerptLength, excerptLength]) + StatementArguments(ids))
            while let row = try sessions.next() {
                slot[row[0]] = rows.count
                rows.append(Self.sessionRow(row))
            }
            let codes = try Row.fetchCursor(
                db,
                sql: """
                    SELECT session_id, tag_id FROM observation WHERE session_id IN (\(marks))
                    ORDER BY session_id, span_start IS NULL, span_start, id
                    """,
                arguments: StatementArguments(ids))
            while let row = try codes.next() {
                guard let position = slot[row[0]] else { continue }
                rows[position].tagIDs.append(row[1])
            }
            return rows
        }
    }

    /// Where the database stands now; a value read before and kept is current while this equals
    /// the mark taken before reading it (a cheap `PRAGMA`, fine to ask every tick).
    public func changeMark() throws -> StoreChangeMark {
        StoreChangeMark(try memo.token(database))
    }

    /// Saves date, duration, attendance, modality, number and supervision flag; notes and
    /// signature are left as stored (they change through `saveNote`, `sign` and `amend`).
    @discardableResult
    public func updateSessionMetadata(_ session: Session) throws -> Session {
        guard let id = session.id else { throw StoreError.sessionNotFound(-1) }
        let stamp = now()
        return try write { db in
            guard var stored = try Session.fetchOne(db, key: id) else { throw StoreError.sessionNotFound(id) }
            if session.number != stored.number {
                let taken = try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM session WHERE client_id = ? AND number = ? AND id <> ?)",
                    arguments: [stored.clientID, session.number, id]) ?? false
                if taken || session.number < 1 { throw StoreError.sessionNumberTaken(session.number) }
            }
            stored.number = session.number
            stored.startedAt = session.startedAt
            stored.durationMinutes = session.durationMinutes
            stored.attendance = session.attendance
            stored.modality = session.modality
            stored.flaggedForSupervision = session.flaggedForSupervision
            stored.updatedAt = stamp
            try stored.update(db)
            return stored
        }
    }

    public func deleteSession(_ sessionID: Int64) throws {
        try write { db in
            guard try Session.deleteOne(db, key: sessionID) else { throw StoreError.sessionNotFound(sessionID) }
        }
    }

    /// The seven columns both session-list reads select; the two `?` take the excerpt length.
    private static let sessionRowSelect = """
        SELECT id, number, started_at, attendance, signed_at IS NOT NULL,
            substr(CASE WHEN process_note <> '' THEN process_note ELSE record_note END, 1, ?),
            length(CASE WHEN process_note <> '' THEN process_note ELSE record_note END) <= ?
        """

    /// A row of the two session-list reads (`sessionRows(clientID:)`, `sessionRows(ids:)`), which select the same seven columns.
    private static func sessionRow(_ row: Row) -> SessionRow {
        SessionRow(
            id: row[0], number: row[1], startedAt: row[2], attendance: Attendance(rawValue: row[3]) ?? .attended,
            isSigned: row[4], noteExcerpt: row[5], noteIsWhole: row[6])
    }
}
