import GRDB

extension CaseStore {
    /// How the Clients list's kept counts differ from a recount of the records: triggers keep
    /// `client_session_counts` and `client_tag_sessions` in step with every write through
    /// SQLite, but a tool that dropped a trigger or edited the file by hand could leave them
    /// stale, and the list would then show wrong session counts, dates or chips.
    static func rosterCountProblems(_ db: Database) throws -> [String] {
        var problems: [String] = []
        if try db.tableExists("client_session_counts") {
            let stale = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM client
                LEFT JOIN client_session_counts AS kept ON kept.client_id = client.id
                WHERE coalesce(kept.sessions, 0) IS NOT (SELECT count(*) FROM session WHERE client_id = client.id)
                    OR kept.last_attended IS NOT (SELECT max(started_at) FROM session
                        WHERE client_id = client.id AND attendance = 'attended')
                """) ?? 0
            if stale > 0 { problems.append("\(stale) client(s) listed with a wrong session count or last-seen date") }
        }
        if try db.tableExists("client_tag_sessions") {
            let stale = try Int.fetchOne(db, sql: """
                WITH counted AS (
                    SELECT session.client_id, pairs.tag_id, count(*) AS sessions
                    FROM (SELECT DISTINCT session_id, tag_id FROM observation) AS pairs
                    JOIN session ON session.id = pairs.session_id
                    GROUP BY session.client_id, pairs.tag_id)
                SELECT
                    (SELECT count(*) FROM counted WHERE sessions IS NOT (SELECT kept.sessions FROM client_tag_sessions AS kept
                        WHERE kept.client_id = counted.client_id AND kept.tag_id = counted.tag_id))
                    + (SELECT count(*) FROM client_tag_sessions AS kept WHERE kept.sessions <> 0 AND NOT EXISTS (
                        SELECT 1 FROM counted WHERE counted.client_id = kept.client_id AND counted.tag_id = kept.tag_id))
                """) ?? 0
            if stale > 0 { problems.append("\(stale) per-client code count(s) differ from the observations") }
        }
        return problems
    }

    /// Recounts the Clients list's kept counts from the sessions and observations.
    static func recountRoster(_ db: Database) throws {
        if try db.tableExists("client_tag_sessions") {
            try db.execute(sql: "DELETE FROM client_tag_sessions")
            try db.execute(sql: Migrations.fillRosterCountsSQL)
        }
        if try db.tableExists("client_session_counts") {
            try db.execute(sql: "DELETE FROM client_session_counts")
            try db.execute(sql: Migrations.fillSessionCountsSQL)
        }
    }
}
