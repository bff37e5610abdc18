import GRDB

extension Migrations {
    /// `v2-deferred-evidence-index`: an observation's evidence and comment are no longer indexed
    /// inside the write that changes them. The write records the observation (and the session
    /// whose rowid range its passages sat in) in `search_pending_observation`;
    /// `CaseStore.catchUpSearchIndex` replaces their passages before every search, when the store
    /// opens and when it closes, as it does for notes (`v2-deferred-note-index`).
    ///
    /// Every statement that writes to FTS5 inside a transaction opens a savepoint on it, and FTS5
    /// flushes its pending terms into a new segment at each savepoint, merging segments now and
    /// then: an autosave that adds, removes or re-words a few `#tags` of a long note paid 7 ms on
    /// average for it, and up to 80 ms when a merge came due.
    static func deferEvidenceIndexing(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE search_pending_observation (
                observation_id INTEGER NOT NULL,
                session_id INTEGER NOT NULL,
                PRIMARY KEY (observation_id, session_id)
            ) WITHOUT ROWID;
            """)
        try createDeferredObservationTriggers(db)
    }

    /// Replaces the three triggers that indexed evidence and comments at once with ones that mark
    /// the observation pending. No foreign keys: a deleted observation's passages still have to go.
    static func createDeferredObservationTriggers(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER IF EXISTS observation_search_insert;
            DROP TRIGGER IF EXISTS observation_search_update;
            DROP TRIGGER IF EXISTS observation_search_delete;
            CREATE TRIGGER observation_search_insert AFTER INSERT ON observation
                WHEN new.evidence <> '' OR new.comment <> '' BEGIN
                INSERT INTO search_pending_observation (observation_id, session_id) VALUES (new.id, new.session_id)
                    ON CONFLICT DO NOTHING;
            END;
            CREATE TRIGGER observation_search_update AFTER UPDATE OF evidence, comment, session_id ON observation
                WHEN old.evidence IS NOT new.evidence OR old.comment IS NOT new.comment
                    OR old.session_id IS NOT new.session_id BEGIN
                INSERT INTO search_pending_observation (observation_id, session_id) VALUES (old.id, old.session_id)
                    ON CONFLICT DO NOTHING;
                INSERT INTO search_pending_observation (observation_id, session_id) VALUES (new.id, new.session_id)
                    ON CONFLICT DO NOTHING;
            END;
            CREATE TRIGGER observation_search_delete AFTER DELETE ON observation
                WHEN old.evidence <> '' OR old.comment <> '' BEGIN
                INSERT INTO search_pending_observation (observation_id, session_id) VALUES (old.id, old.session_id)
                    ON CONFLICT DO NOTHING;
            END;
            """)
    }
}
