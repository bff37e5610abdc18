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
}
