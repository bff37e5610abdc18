import GRDB

extension CaseStore {
    /// How the kept code lists (`session_code_list`) differ from the observations: triggers keep
    /// them in step with every write through SQLite, but a tool that dropped a trigger or edited
    /// the file by hand could leave them stale, and a timeline would then show wrong cells.
    static func sessionCodeListProblems(_ db: Database) throws -> [String] {
        guard try db.tableExists("session_code_list") else { return [] }
        let stale = try Int.fetchOne(db, sql: """
            SELECT
                (SELECT count(*) FROM session
                    LEFT JOIN session_code_list AS kept ON kept.client_id = session.client_id AND kept.session_id = session.id
                    WHERE coalesce(kept.codes, '') IS NOT \(Migrations.codeListSQL(session: "session.id")))
                + (SELECT count(*) FROM session_code_list AS kept WHERE NOT EXISTS (
                    SELECT 1 FROM session WHERE session.id = kept.session_id AND session.client_id = kept.client_id))
            """) ?? 0
        return stale > 0 ? ["\(stale) session(s) whose kept codes differ from their observations"] : []
    }

    /// Rebuilds the kept code lists from the observations.
    static func rebuildSessionCodeLists(_ db: Database) throws {
        guard try db.tableExists("session_code_list") else { return }
        try db.execute(sql: "DELETE FROM session_code_list")
        try db.execute(sql: Migrations.fillSessionCodeListsSQL)
    }
}
