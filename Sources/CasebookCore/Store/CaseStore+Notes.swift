import Foundation
import GRDB

extension CaseStore {
    /// How long one editing visit may go on before another revision is kept.
    public static let revisionInterval: TimeInterval = 10 * 60

    /// Saves a note. A change keeps the previous text as a revision (one per visit or per ten
    /// minutes of it); saving the process note re-syncs its inline observations.
    @discardableResult
    public func saveNote(sessionID: Int64, layer: NoteLayer, text: String, visit: EditingVisit) throws -> SaveNoteResult {
        let text = StorableText.replacingNUL(text)
        let stamp = now()
        // Only the note's own column is read and written: a session row carries both notes,
        // and decoding and re-encoding it whole on every autosave copied the other one for nothing.
        let column = layer == .process ? "process_note" : "record_note"
        var kept: (fields: [InlineFields], mark: InlineFieldsCache.Mark)?
        let result = try autosaveWrite(at: stamp) { db in
            // Before anything is written: whether the observations the last save left still stand.
            let start = layer == .process ? try InlineFieldsCache.mark(db) : nil
            guard let stored = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT \(column), signed_at IS NOT NULL FROM session WHERE id = ?"),
                arguments: [sessionID])
            else { throw StoreError.sessionNotFound(sessionID) }
            if stored[1] as Bool { throw StoreError.signed(sessionID: sessionID) }
            let previous: String = stored[0]
            var result = SaveNoteResult(changed: previous != text, revisionCreated: false)
            if result.changed {
                result.revisionCreated = try keepRevision(
                    of: previous, sessionID: sessionID, layer: layer, visit: visit, at: stamp, db)
                try db.cachedStatement(sql: "UPDATE session SET \(column) = ?, updated_at = ? WHERE id = ?")
                    .execute(arguments: [text, stamp, sessionID])
            }
            if let start {
                let sync = try syncInline(
                    sessionID: sessionID, text: text, at: stamp, db, resolver: slugResolvers.resolver(db),
                    existing: inlineFields.fields(sessionID: sessionID, at: start),
                    tags: noteParses.tags(of: text, note: sessionID, parse: parse))
                result.inline = sync.result
                kept = (sync.fields, InlineFieldsCache.Mark(totalChanges: db.totalChangesCount, dataVersion: start.dataVersion))
            }
            return result
        }
        if let kept { inlineFields.keep(sessionID: sessionID, fields: kept.fields, mark: kept.mark) }
        return result
    }

    private func keepRevision(
        of previous: String, sessionID: Int64, layer: NoteLayer, visit: EditingVisit, at stamp: Date, _ db: Database
    ) throws -> Bool {
        let last = try Row.fetchOne(
            db, sql: "SELECT visit, revised_at FROM note_visit WHERE session_id = ? AND layer = ?",
            arguments: [sessionID, layer])
        if let last, last["visit"] as String == visit.token,
            let revisedAt = last["revised_at"] as Date?, stamp.timeIntervalSince(revisedAt) < Self.revisionInterval
        {
            return false
        }
        try db.execute(
            sql: """
                INSERT INTO note_visit (session_id, layer, visit, revised_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (session_id, layer) DO UPDATE SET visit = excluded.visit, revised_at = excluded.revised_at
                """,
            arguments: [sessionID, layer, visit.token, stamp])
        // An empty note has nothing worth keeping; the visit is still recorded so it coalesces.
        guard !previous.isEmpty else { return false }
        var revision = NoteRevision(sessionID: sessionID, layer: layer, body: previous, savedAt: stamp)
        try revision.insert(db)
        return true
    }

    /// Earlier texts of a note, newest first.
    public func revisions(sessionID: Int64, layer: NoteLayer) throws -> [NoteRevision] {
        try database.read { db in
            try NoteRevision.fetchAll(
                db, sql: "SELECT * FROM note_revision WHERE session_id = ? AND layer = ? ORDER BY saved_at DESC, id DESC",
                arguments: [sessionID, layer])
        }
    }

    /// Signs the session: its notes are frozen from now on. Signing twice keeps the first date.
    @discardableResult
    public func sign(sessionID: Int64) throws -> Session {
        let stamp = now()
        return try write { db in
            guard var session = try Session.fetchOne(db, key: sessionID) else { throw StoreError.sessionNotFound(sessionID) }
            guard session.signedAt == nil else { return session }
            session.signedAt = stamp
            session.updatedAt = stamp
            try session.update(db)
            return session
        }
    }

    /// Adds a dated amendment to a signed note; the signed text stays as it was.
    @discardableResult
    public func amend(sessionID: Int64, layer: NoteLayer, text: String) throws -> NoteAmendment {
        let text = StorableText.replacingNUL(text)
        let stamp = now()
        return try write { db in
            guard let session = try Session.fetchOne(db, key: sessionID) else { throw StoreError.sessionNotFound(sessionID) }
            guard session.isSigned else { throw StoreError.notSigned(sessionID: sessionID) }
            var amendment = NoteAmendment(sessionID: sessionID, layer: layer, body: text, createdAt: stamp)
            try amendment.insert(db)
            return amendment
        }
    }

    /// Amendments of a note, oldest first (the order they read in).
    public func amendments(sessionID: Int64, layer: NoteLayer? = nil) throws -> [NoteAmendment] {
        try database.read { db in
            try NoteAmendment.fetchAll(
                db,
                sql: "SELECT * FROM note_amendment WHERE session_id = ? AND (? IS NULL OR layer = ?) ORDER BY created_at, id",
                arguments: [sessionID, layer, layer])
        }
    }
}
