import GRDB

extension Migrations {
    /// `v2-roster-indexes`: what the Clients screen's first frame reads without scanning every
    /// observation of the caseload.
    ///
    /// - `client_tag_sessions`: per client and code, the number of sessions with the code. The
    ///   list's theme chips rank codes by it; computing it at start read ~430,000 observations of
    ///   a career (~350 ms), so triggers keep it in step with every write instead: an observation
    ///   added, removed, re-coded (a merge) or moved, and a session deleted (its observations
    ///   leave by cascade once the session is gone, so the session's own trigger counts them).
    ///   Rows may fall to zero; readers skip them.
    /// - `observation_on_session_tag`: answers the triggers' "is this code already in this
    ///   session" in one index probe, and lets a session list read its codes from the index.
    /// - `session_on_client_attendance_started`: the roster's "last seen" (latest attended
    ///   session) from the index, without reading each session's row.
    /// - `session_on_client_list`: a client's sessions as lists and analytics read them (number,
    ///   date, attendance) from the index, without the rows and their notes.
    static func createRosterIndexes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX observation_on_session_tag ON observation(session_id, tag_id);
            CREATE INDEX session_on_client_attendance_started ON session(client_id, attendance, started_at);
            CREATE INDEX session_on_client_list ON session(client_id, number, started_at, attendance);
            CREATE TABLE client_tag_sessions (
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                tag_id INTEGER NOT NULL,
                sessions INTEGER NOT NULL,
                PRIMARY KEY (client_id, tag_id)
            ) WITHOUT ROWID;
            \(fillRosterCountsSQL)
            \(rosterInsertTriggerSQL)
            CREATE TRIGGER observation_roster_delete AFTER DELETE ON observation
                WHEN NOT EXISTS (SELECT 1 FROM observation
                    WHERE session_id = old.session_id AND tag_id = old.tag_id) BEGIN
                UPDATE client_tag_sessions SET sessions = sessions - 1
                    WHERE tag_id = old.tag_id AND client_id = (SELECT client_id FROM session WHERE id = old.session_id);
            END;
            CREATE TRIGGER observation_roster_update AFTER UPDATE OF tag_id, session_id ON observation
                WHEN old.tag_id IS NOT new.tag_id OR old.session_id IS NOT new.session_id BEGIN
                UPDATE client_tag_sessions SET sessions = sessions - 1
                    WHERE tag_id = old.tag_id AND client_id = (SELECT client_id FROM session WHERE id = old.session_id)
                        AND NOT EXISTS (SELECT 1 FROM observation WHERE session_id = old.session_id AND tag_id = old.tag_id);
                INSERT INTO client_tag_sessions (client_id, tag_id, sessions)
                    SELECT client_id, new.tag_id, 1 FROM session
                    WHERE id = new.session_id AND NOT EXISTS (SELECT 1 FROM observation
                        WHERE session_id = new.session_id AND tag_id = new.tag_id AND id <> new.id)
                    ON CONFLICT (client_id, tag_id) DO UPDATE SET sessions = sessions + 1;
            END;
            CREATE TRIGGER session_roster_delete BEFORE DELETE ON session BEGIN
                UPDATE client_tag_sessions SET sessions = sessions - 1
                    WHERE client_id = old.client_id AND tag_id IN (SELECT tag_id FROM observation WHERE session_id = old.id);
            END;
            CREATE TRIGGER session_roster_move AFTER UPDATE OF client_id ON session
                WHEN old.client_id IS NOT new.client_id BEGIN
                UPDATE client_tag_sessions SET sessions = sessions - 1
                    WHERE client_id = old.client_id AND tag_id IN (SELECT tag_id FROM observation WHERE session_id = new.id);
                INSERT INTO client_tag_sessions (client_id, tag_id, sessions)
                    SELECT DISTINCT new.client_id, tag_id, 1 FROM observation WHERE session_id = new.id
                    ON CONFLICT (client_id, tag_id) DO UPDATE SET sessions = sessions + 1;
            END;
            """)
    }

    /// Counts every client's sessions per code from the observations: what the migration starts
    /// from, and what a bulk load recounts once instead of counting row by row.
    static let fillRosterCountsSQL = """
        INSERT INTO client_tag_sessions (client_id, tag_id, sessions)
            SELECT session.client_id, pairs.tag_id, count(*)
            FROM (SELECT DISTINCT session_id, tag_id FROM observation) AS pairs
            JOIN session ON session.id = pairs.session_id
            GROUP BY session.client_id, pairs.tag_id;
        """

    /// The trigger that counts a code's first observation in a session; the bulk load lifts it.
    static let rosterInsertTriggerSQL = """
        CREATE TRIGGER observation_roster_insert AFTER INSERT ON observation
            WHEN NOT EXISTS (SELECT 1 FROM observation
                WHERE session_id = new.session_id AND tag_id = new.tag_id AND id <> new.id) BEGIN
            INSERT INTO client_tag_sessions (client_id, tag_id, sessions)
                SELECT client_id, new.tag_id, 1 FROM session WHERE id = new.session_id
                ON CONFLICT (client_id, tag_id) DO UPDATE SET sessions = sessions + 1;
        END;
        """
}
