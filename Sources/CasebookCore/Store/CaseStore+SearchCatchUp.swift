import GRDB

extension CaseStore {
    /// Indexes the notes, evidence and comments saved since the index last caught up (see
    /// `Migrations.deferNoteIndexing` and `Migrations.deferEvidenceIndexing`). Returns how many
    /// note layers and observations were indexed.
    @discardableResult
    public func catchUpSearchIndex() throws -> Int {
        guard try hasPendingSearchIndex() else { return 0 }
        return try write { db in try Self.catchUpSearchIndex(db) }
    }

    func hasPendingSearchIndex() throws -> Bool {
        try database.read { db in
            try Bool.fetchOne(db.cachedStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM search_pending) OR EXISTS (SELECT 1 FROM search_pending_observation)
                """)) ?? false
        }
    }

    static func catchUpSearchIndex(_ db: Database) throws -> Int {
        try catchUpNotes(db) + catchUpObservations(db)
    }

    /// Each pending note layer replaces its passage, found by rowid, with the note as stored now.
    private static func catchUpNotes(_ db: Database) throws -> Int {
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

    /// Each pending observation loses the passages it had in every session it was recorded under
    /// (an observation moved to another session was recorded under both), then gets its evidence
    /// and comment as stored now, under the session it is in now; a deleted one gets none.
    private static func catchUpObservations(_ db: Database) throws -> Int {
        guard try db.tableExists("search_pending_observation") else { return 0 }
        let pending = try Row.fetchAll(db, sql: "SELECT observation_id, session_id FROM search_pending_observation")
        var observations = Set<Int64>()
        for row in pending {
            let observation: Int64 = row[0]
            let session: Int64 = row[1]
            observations.insert(observation)
            try db.cachedStatement(sql: "DELETE FROM search_index WHERE rowid = ?")
                .execute(arguments: [SearchRowid.evidence(session: session, observation: observation)])
            try db.cachedStatement(sql: "DELETE FROM search_index WHERE rowid = ?")
                .execute(arguments: [SearchRowid.comment(session: session, observation: observation)])
        }
        let evidence = SearchRowid.evidenceSQL("session_id", "id")
        let comment = SearchRowid.commentSQL("session_id", "id")
        for observation in observations {
            try db.cachedStatement(sql: """
                INSERT INTO search_index (rowid, body, layer, session_id, observation_id)
                SELECT \(evidence), evidence, 'evidence', session_id, id FROM observation WHERE id = ? AND evidence <> ''
                UNION ALL
                SELECT \(comment), comment, 'comment', session_id, id FROM observation WHERE id = ? AND comment <> ''
                """).execute(arguments: [observation, observation])
        }
        try db.execute(sql: "DELETE FROM search_pending_observation")
        return observations.count
    }
}
