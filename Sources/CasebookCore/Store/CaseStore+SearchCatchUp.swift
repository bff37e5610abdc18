import GRDB

extension CaseStore {
    /// Indexes the notes saved since the index last caught up (see `Migrations.deferNoteIndexing`).
    /// Returns how many note layers were indexed.
    @discardableResult
    public func catchUpSearchIndex() throws -> Int {
        guard try hasPendingSearchIndex() else { return 0 }
        return try write { db in try Self.catchUpSearchIndex(db) }
    }

    func hasPendingSearchIndex() throws -> Bool {
        try database.read { db in
            try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM search_pending)")) ?? false
        }
    }

    /// Each pending note layer replaces its passage, found by rowid, with the note as stored now.
    static func catchUpSearchIndex(_ db: Database) throws -> Int {
        guard try db.tableExists("search_pending") else { return 0 }
        let pending = try Row.fetchAll(db, sql: "SELECT session_id, layer FROM search_pending")
        for row in pending {
            let session: Int64 = row[0]
            let layer: String = row[1]
            let isProcess = layer == NoteLayer.process.rawValue
            let rowid = isProcess ? SearchRowid.process(session: session) : SearchRowid.record(session: session)
            let column = isProcess ? "process_note" : "record_note"
            try db.execute(sql: "DELETE FROM search_index WHERE rowid = ?", arguments: [rowid])
            try db.execute(
                sql: """
                    INSERT INTO search_index (rowid, body, layer, session_id, observation_id)
                    SELECT ?, \(column), ?, id, NULL FROM session WHERE id = ? AND \(column) <> ''
                    """,
                arguments: [rowid, layer, session])
        }
        try db.execute(sql: "DELETE FROM search_pending")
        return pending.count
    }
}
