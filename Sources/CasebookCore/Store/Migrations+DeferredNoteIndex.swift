import GRDB

extension Migrations {
    /// `v2-deferred-note-index`: an edited note is no longer re-indexed inside its save. The save
    /// records the note as pending in `search_pending`; `CaseStore.catchUpSearchIndex` indexes the
    /// pending notes before every search, when the store opens (after a crash) and when it closes.
    ///
    /// Re-indexing a 50 KB note costs FTS5 about 4 ms, and tens of ms when it merges segments,
    /// on every autosave while the clinician types; the save itself is a fraction of a millisecond.
    /// Search still never sees an old text, because it catches up first. The old text stays in
    /// the index's pages only until then, and the note's revisions keep earlier texts anyway.
    static func deferNoteIndexing(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE search_pending (
                session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                layer TEXT NOT NULL CHECK (layer IN ('process', 'record')),
                PRIMARY KEY (session_id, layer)
            ) WITHOUT ROWID;
            """)
        try createDeferredNoteTriggers(db)
    }

    /// Replaces the two triggers that re-indexed a note on every update with ones that only
    /// mark it pending. Inserting and deleting sessions, and observations, stay immediate.
    static func createDeferredNoteTriggers(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER IF EXISTS session_search_process;
            DROP TRIGGER IF EXISTS session_search_record;
            CREATE TRIGGER session_search_process AFTER UPDATE OF process_note ON session
                WHEN old.process_note IS NOT new.process_note BEGIN
                INSERT INTO search_pending (session_id, layer) VALUES (new.id, 'process') ON CONFLICT DO NOTHING;
            END;
            CREATE TRIGGER session_search_record AFTER UPDATE OF record_note ON session
                WHEN old.record_note IS NOT new.record_note BEGIN
                INSERT INTO search_pending (session_id, layer) VALUES (new.id, 'record') ON CONFLICT DO NOTHING;
            END;
            """)
    }

    /// The search triggers as the newest migration leaves them.
    static func createCurrentSearchTriggers(_ db: Database) throws {
        try createRowidSearchTriggers(db)
        try createDeferredNoteTriggers(db)
        try createDeferredObservationTriggers(db)
    }
}
