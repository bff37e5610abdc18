import GRDB

extension Migrations {
    /// `v2-roster-session-counts`: the Clients list's per-client facts kept beside the client, so
    /// the first frame reads them in one pass instead of probing each client's sessions.
    ///
    /// - `client_session_counts`: per client, how many sessions it has and when the latest
    ///   attended one started. Counting and taking the maximum through the session indexes for
    ///   a thousand clients was a sixth of the roster read; triggers keep the row in step with
    ///   every session written, deleted, re-dated, re-marked or moved to another client. A
    ///   client with no sessions may have no row: readers count it as zero sessions.
    /// - `client_tag_sessions_on_tag`: the list's theme chips read only the theme rows of the
    ///   per-code counts (about a fifth), from the index, instead of scanning all of them.
    static func createRosterSessionCounts(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE client_session_counts (
                client_id INTEGER PRIMARY KEY REFERENCES client(id) ON DELETE CASCADE,
                sessions INTEGER NOT NULL,
                last_attended DATETIME
            );
            \(fillSessionCountsSQL)
            CREATE INDEX client_tag_sessions_on_tag ON client_tag_sessions(tag_id, client_id, sessions);
            CREATE TRIGGER session_counts_insert AFTER INSERT ON session BEGIN
                INSERT INTO client_session_counts (client_id, sessions, last_attended)
                    VALUES (new.client_id, 1, CASE WHEN new.attendance = 'attended' THEN new.started_at END)
                    ON CONFLICT (client_id) DO UPDATE SET
                        sessions = sessions + 1,
                        last_attended = CASE
                            WHEN new.attendance <> 'attended' THEN last_attended
                            WHEN last_attended IS NULL THEN new.started_at
                            ELSE max(last_attended, new.started_at) END;
            END;
            CREATE TRIGGER session_counts_delete AFTER DELETE ON session BEGIN
                UPDATE client_session_counts SET
                    sessions = sessions - 1,
                    last_attended = CASE WHEN old.attendance = 'attended'
                        THEN (SELECT max(started_at) FROM session
                            WHERE client_id = old.client_id AND attendance = 'attended')
                        ELSE last_attended END
                    WHERE client_id = old.client_id;
            END;
            CREATE TRIGGER session_counts_update AFTER UPDATE OF client_id, attendance, started_at ON session
                WHEN old.client_id IS NOT new.client_id OR old.attendance IS NOT new.attendance
                    OR old.started_at IS NOT new.started_at BEGIN
                UPDATE client_session_counts SET
                    sessions = (SELECT count(*) FROM session WHERE client_id = old.client_id),
                    last_attended = (SELECT max(started_at) FROM session
                        WHERE client_id = old.client_id AND attendance = 'attended')
                    WHERE client_id = old.client_id;
                INSERT INTO client_session_counts (client_id, sessions, last_attended)
                    SELECT new.client_id,
                        (SELECT count(*) FROM session WHERE client_id = new.client_id),
                        (SELECT max(started_at) FROM session WHERE client_id = new.client_id AND attendance = 'attended')
                    WHERE new.client_id IS NOT old.client_id
                    ON CONFLICT (client_id) DO UPDATE SET
                        sessions = excluded.sessions, last_attended = excluded.last_attended;
            END;
            """)
    }

    /// Every client's session count and latest attended start, recounted from the sessions:
    /// what the migration starts from, and what `repair` rebuilds the table with.
    static let fillSessionCountsSQL = """
        INSERT INTO client_session_counts (client_id, sessions, last_attended)
            SELECT client.id,
                (SELECT count(*) FROM session WHERE session.client_id = client.id),
                (SELECT max(started_at) FROM session
                    WHERE session.client_id = client.id AND attendance = 'attended')
            FROM client;
        """
}
