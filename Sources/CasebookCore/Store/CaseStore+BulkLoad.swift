import GRDB

extension CaseStore {
    /// Runs `body`, typically many `batch`es filling a new file, with the search index (and the
    /// roster's per-code counts) built once at the end instead of row by row by triggers: FTS5 then collects each term across the
    /// whole caseload and writes its doclist once, rather than flushing and merging segments after
    /// every batch. The index and its triggers are back before this returns, also when `body` throws.
    ///
    /// Only for a file no other connection writes meanwhile (a caseload being generated): their
    /// changes would not reach the index until `casebook check --repair`. If the process dies
    /// half-way the file is left without search triggers, so the caller should discard it then,
    /// as the bench does with its `.partial` file.
    public func fillingSearchIndexAfterwards<T>(_ body: () throws -> T) throws -> T {
        try write { db in
            for trigger in Migrations.searchTriggers { try db.execute(sql: "DROP TRIGGER IF EXISTS \(trigger)") }
            try db.execute(sql: "DELETE FROM search_index")
            // The roster's per-code counts are recounted once at the end, like the index.
            try db.execute(sql: "DROP TRIGGER IF EXISTS observation_roster_insert")
            // So are the sessions' code lists.
            try db.execute(sql: "DROP TRIGGER IF EXISTS observation_code_list_insert")
        }
        let result: T
        do {
            result = try body()
        } catch {
            try? restoreSearchIndex()
            throw error
        }
        try restoreSearchIndex()
        return result
    }

    private func restoreSearchIndex() throws {
        try write { db in
            try db.execute(sql: "DELETE FROM search_index")
            try Migrations.fillSearchIndex(db)
            for trigger in Migrations.searchTriggers { try db.execute(sql: "DROP TRIGGER IF EXISTS \(trigger)") }
            try Migrations.createCurrentSearchTriggers(db)
            for pending in ["search_pending", "search_pending_observation"] where try db.tableExists(pending) {
                try db.execute(sql: "DELETE FROM \(pending)")
            }
            try db.execute(sql: "DELETE FROM client_tag_sessions")
            try db.execute(sql: Migrations.fillRosterCountsSQL)
            try db.execute(sql: "DROP TRIGGER IF EXISTS observation_roster_insert")
            try db.execute(sql: Migrations.rosterInsertTriggerSQL)
            try Self.rebuildSessionCodeLists(db)
            try db.execute(sql: "DROP TRIGGER IF EXISTS observation_code_list_insert")
            try db.execute(sql: Migrations.sessionCodeListInsertTriggerSQL)
        }
    }
}
