import GRDB

extension Migrations {
    /// `v2-search-index-rowids`: gives every passage the rowid `SearchRowid` computes, and
    /// triggers that find a passage by it. The v1 triggers found passages by the UNINDEXED
    /// `session_id` and `observation_id` columns, which FTS5 can only scan: each autosave read
    /// the whole index (half a second on a career's notes).
    ///
    /// The index is rebuilt from the notes themselves, which are the truth; the v1 index is
    /// dropped (under `secure_delete` its pages are overwritten) rather than renumbered in place.
    static func renumberSearchIndex(_ db: Database) throws {
        for trigger in searchTriggers { try db.execute(sql: "DROP TRIGGER IF EXISTS \(trigger)") }
        try db.execute(sql: """
            DROP TABLE search_index;
            CREATE VIRTUAL TABLE search_index USING fts5(
                body,
                layer UNINDEXED,
                session_id UNINDEXED,
                observation_id UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 2',
                prefix = '2 3'
            );
            """)
        try fillSearchIndex(db)
        try createRowidSearchTriggers(db)
    }

    /// The triggers that keep the index in step, in v1 and from v2 on (same names).
    static let searchTriggers = [
        "session_search_insert", "session_search_process", "session_search_record", "session_search_delete",
        "observation_search_insert", "observation_search_update", "observation_search_delete",
    ]

    /// Every passage, as the index should hold it, with its rowid: what the migration fills the
    /// index from and what the search-index check compares the index against. Sorted by rowid,
    /// so FTS5 appends to its doclists instead of merging.
    static let expectedSearchRowsSQL = """
        SELECT \(SearchRowid.processSQL("id")) AS rid, process_note AS body, 'process' AS layer,
            id AS session_id, NULL AS observation_id FROM session WHERE process_note <> ''
        UNION ALL SELECT \(SearchRowid.recordSQL("id")), record_note, 'record', id, NULL
            FROM session WHERE record_note <> ''
        UNION ALL SELECT \(SearchRowid.evidenceSQL("session_id", "id")), evidence, 'evidence', session_id, id
            FROM observation WHERE evidence <> ''
        UNION ALL SELECT \(SearchRowid.commentSQL("session_id", "id")), comment, 'comment', session_id, id
            FROM observation WHERE comment <> ''
        """

    /// Indexes every passage in one statement, in rowid order. Cheaper than the triggers row by
    /// row for a whole caseload: FTS5 collects the terms once and writes each doclist once.
    static func fillSearchIndex(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO search_index(rowid, body, layer, session_id, observation_id)
            SELECT rid, body, layer, session_id, observation_id FROM (\(expectedSearchRowsSQL)) ORDER BY rid
            """)
    }

    /// The v1 triggers' behaviour (both note layers, evidence and comments, cascades from a
    /// deleted client or session included) with every index row addressed by its rowid.
    static func createRowidSearchTriggers(_ db: Database) throws {
        let process = SearchRowid.processSQL("new.id")
        let record = SearchRowid.recordSQL("new.id")
        let newEvidence = SearchRowid.evidenceSQL("new.session_id", "new.id")
        let newComment = SearchRowid.commentSQL("new.session_id", "new.id")
        let oldEvidence = SearchRowid.evidenceSQL("old.session_id", "old.id")
        let oldComment = SearchRowid.commentSQL("old.session_id", "old.id")
        try db.execute(sql: """
            CREATE TRIGGER session_search_insert AFTER INSERT ON session BEGIN
                INSERT INTO search_index(rowid, body, layer, session_id, observation_id)
                    SELECT \(process), new.process_note, 'process', new.id, NULL WHERE new.process_note <> '';
                INSERT INTO search_index(rowid, body, layer, session_id, observation_id)
                    SELECT \(record), new.record_note, 'record', new.id, NULL WHERE new.record_note <> '';
            END;
            CREATE TRIGGER session_search_process AFTER UPDATE OF process_note ON session
                WHEN old.process_note IS NOT new.process_note BEGIN
                DELETE FROM search_index WHERE rowid = \(SearchRowid.processSQL("old.id"));
                INSERT INTO search_index(rowid, body, layer, session_id, observation_id)
                    SELECT \(process), new.process_note, 'process', new.id, NULL WHERE new.process_note <> '';
            END;
            CREATE TRIGGER session_search_record AFTER UPDATE OF record_note ON session
                WHEN old.record_note IS NOT new.record_note BEGIN
                DELETE FROM search_index WHERE rowid = \(SearchRowid.recordSQL("old.id"));
                INSERT INTO search_index(rowid, body, layer, session_id, observation_id)
                    SELECT \(record), new.record_note, 'record', new.id, NULL WHERE new.record_note <> '';
            END;
            CREATE TRIGGER session_search_delete AFTER DELETE ON session BEGIN
                DELETE FROM search_index
                    WHERE rowid BETWEEN \(SearchRowid.processSQL("old.id")) AND (\(SearchRowid.processSQL("old.id")) | 4294967295);
            END;
            CREATE TRIGGER observation_search_insert AFTER INSERT ON observation BEGIN
                INSERT INTO search_index(rowid, body, layer, session_id, observation_id)
                    SELECT \(newEvidence), new.evidence, 'evidence', new.session_id, new.id WHERE new.evidence <> '';
                INSERT INTO search_index(rowid, body, layer, session_id, observation_id)
                    SELECT \(newComment), new.comment, 'comment', new.session_id, new.id WHERE new.comment <> '';
            END;
            CREATE TRIGGER observation_search_update AFTER UPDATE OF evidence, comment, session_id ON observation
                WHEN old.evidence IS NOT new.evidence OR old.comment IS NOT new.comment
                    OR old.session_id IS NOT new.session_id BEGIN
                DELETE FROM search_index WHERE rowid = \(oldEvidence);
                DELETE FROM search_index WHERE rowid = \(oldComment);
                INSERT INTO search_index(rowid, body, layer, session_id, observation_id)
                    SELECT \(newEvidence), new.evidence, 'evidence', new.session_id, new.id WHERE new.evidence <> '';
                INSERT INTO search_index(rowid, body, layer, session_id, observation_id)
                    SELECT \(newComment), new.comment, 'comment', new.session_id, new.id WHERE new.comment <> '';
            END;
            CREATE TRIGGER observation_search_delete AFTER DELETE ON observation BEGIN
                DELETE FROM search_index WHERE rowid = \(oldEvidence);
                DELETE FROM search_index WHERE rowid = \(oldComment);
            END;
            """)
    }
}
