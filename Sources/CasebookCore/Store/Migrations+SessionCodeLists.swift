import GRDB

extension Migrations {
    /// `v2-session-code-lists`: each session's codes and intensities kept as one short text row,
    /// stored together per client, so the Timeline and Patterns read a client's grid in one range
    /// of one table instead of one index search per session.
    ///
    /// For the 1,300-session client that read was ~15,000 index rows found by 1,300 searches
    /// (3.6 ms of `sqlite3` CPU, most of the Timeline's time after a write); the kept lists are
    /// 1,300 rows side by side (0.6 ms). Triggers keep a session's list in step with every
    /// observation written, deleted, re-coded or moved, and with sessions deleted or moved to
    /// another client. A session with no observations may have no row: readers take that as
    /// no codes. `check` compares every list with the observations; `repair` rebuilds them.
    ///
    /// `codes` is `tagID:intensity` pairs joined by commas, in code order (`12:2,40:1,40:3`).
    static func createSessionCodeLists(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE session_code_list (
                client_id INTEGER NOT NULL,
                session_id INTEGER NOT NULL,
                codes TEXT NOT NULL,
                PRIMARY KEY (client_id, session_id)
            ) WITHOUT ROWID;
            \(fillSessionCodeListsSQL)
            \(sessionCodeListInsertTriggerSQL)
            CREATE TRIGGER observation_code_list_delete AFTER DELETE ON observation BEGIN
                \(refreshCodeList(session: "old.session_id"))
            END;
            CREATE TRIGGER observation_code_list_update AFTER UPDATE OF session_id, tag_id, intensity ON observation
                WHEN old.session_id IS NOT new.session_id OR old.tag_id IS NOT new.tag_id
                    OR old.intensity IS NOT new.intensity BEGIN
                \(refreshCodeList(session: "old.session_id"))
                \(refreshCodeList(session: "new.session_id"))
            END;
            CREATE TRIGGER session_code_list_delete AFTER DELETE ON session BEGIN
                DELETE FROM session_code_list WHERE client_id = old.client_id AND session_id = old.id;
            END;
            CREATE TRIGGER session_code_list_move AFTER UPDATE OF id, client_id ON session
                WHEN old.client_id IS NOT new.client_id OR old.id IS NOT new.id BEGIN
                DELETE FROM session_code_list WHERE client_id = old.client_id AND session_id = old.id;
                \(refreshCodeList(session: "new.id"))
            END;
            """)
    }

    /// Kept apart so a bulk load can drop it while it inserts and rebuild the lists once.
    static let sessionCodeListInsertTriggerSQL = """
        CREATE TRIGGER observation_code_list_insert AFTER INSERT ON observation BEGIN
            \(refreshCodeList(session: "new.session_id"))
        END;
        """

    /// One session's list written afresh from its observations (an empty text when it has none
    /// left); nothing when the session itself is gone.
    private static func refreshCodeList(session: String) -> String {
        """
        INSERT INTO session_code_list (client_id, session_id, codes)
            SELECT client_id, id, \(codeListSQL(session: "session.id")) FROM session WHERE id = \(session)
            ON CONFLICT (client_id, session_id) DO UPDATE SET codes = excluded.codes;
        """
    }

    /// The list of one session's observations, read through `observation_on_session_tag_intensity`.
    static func codeListSQL(session: String) -> String {
        """
        coalesce((SELECT group_concat(tag_id || ':' || intensity, ',') FROM (
            SELECT tag_id, intensity FROM observation WHERE session_id = \(session) ORDER BY tag_id, intensity)), '')
        """
    }

    /// Every session's list, computed from the observations: what the migration starts from,
    /// what `repair` and a bulk load rebuild the table with.
    static let fillSessionCodeListsSQL = """
        INSERT INTO session_code_list (client_id, session_id, codes)
            SELECT client_id, id, \(codeListSQL(session: "session.id")) FROM session
            WHERE EXISTS (SELECT 1 FROM observation WHERE session_id = session.id);
        """
}
