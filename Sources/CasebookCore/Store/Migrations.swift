import GRDB

/// The schema, as named, append-only migrations. Never edit a migration that has shipped:
/// add a new one. A database whose applied migrations this list does not know comes from a
/// newer Casebook and is refused before anything touches it.
public enum Migrations {
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-schema", migrate: createSchema)
        migrator.registerMigration("v1-search-index", migrate: createSearchIndex)
        migrator.registerMigration("v1-seed-codebook", migrate: seedCodebook)
        migrator.registerMigration("v2-roster-indexes", migrate: createRosterIndexes)
        migrator.registerMigration("v2-search-index-rowids", migrate: renumberSearchIndex)
        migrator.registerMigration("v2-deferred-note-index", migrate: deferNoteIndexing)
        migrator.registerMigration("v2-deferred-evidence-index", migrate: deferEvidenceIndexing)
        migrator.registerMigration("v2-observation-grid-index", migrate: createObservationGridIndex)
        migrator.registerMigration("v2-roster-session-counts", migrate: createRosterSessionCounts)
        migrator.registerMigration("v2-codebook-version", migrate: createCodebookVersion)
        migrator.registerMigration("v2-session-code-lists", migrate: createSessionCodeLists)
        return migrator
    }

    /// Identifiers of every migration this build knows, in order.
    public static var knownIdentifiers: [String] { migrator.migrations }

    static func createSchema(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE client (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                code TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(code)) > 0),
                name TEXT NOT NULL,
                aliases TEXT NOT NULL DEFAULT '[]',
                birth_year INTEGER,
                intake_date DATETIME NOT NULL,
                status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'closed')),
                frequency TEXT NOT NULL DEFAULT '',
                presenting_concerns TEXT NOT NULL DEFAULT '',
                supervision_questions TEXT NOT NULL DEFAULT '',
                created_at DATETIME NOT NULL,
                updated_at DATETIME NOT NULL
            );
            CREATE TABLE figure (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                role TEXT NOT NULL,
                name TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX figure_on_client ON figure(client_id);
            CREATE TABLE session (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                number INTEGER NOT NULL CHECK (number >= 1),
                started_at DATETIME NOT NULL,
                duration_minutes INTEGER NOT NULL DEFAULT 50,
                attendance TEXT NOT NULL DEFAULT 'attended' CHECK (attendance IN ('attended', 'cancelled', 'no-show')),
                modality TEXT NOT NULL DEFAULT 'in-person' CHECK (modality IN ('in-person', 'video', 'phone')),
                record_note TEXT NOT NULL DEFAULT '',
                process_note TEXT NOT NULL DEFAULT '',
                flagged_for_supervision BOOLEAN NOT NULL DEFAULT 0,
                signed_at DATETIME,
                created_at DATETIME NOT NULL,
                updated_at DATETIME NOT NULL,
                UNIQUE (client_id, number)
            );
            CREATE INDEX session_on_client_started ON session(client_id, started_at);
            CREATE TABLE note_revision (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                layer TEXT NOT NULL CHECK (layer IN ('process', 'record')),
                body TEXT NOT NULL,
                saved_at DATETIME NOT NULL
            );
            CREATE INDEX note_revision_on_session ON note_revision(session_id, layer, saved_at);
            -- The editing visit that last produced a revision, per note: what makes autosaves coalesce.
            CREATE TABLE note_visit (
                session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                layer TEXT NOT NULL,
                visit TEXT NOT NULL,
                revised_at DATETIME NOT NULL,
                PRIMARY KEY (session_id, layer)
            );
            CREATE TABLE note_amendment (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                layer TEXT NOT NULL CHECK (layer IN ('process', 'record')),
                body TEXT NOT NULL,
                created_at DATETIME NOT NULL
            );
            CREATE INDEX note_amendment_on_session ON note_amendment(session_id, layer, created_at);
            CREATE TABLE tag (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                category TEXT NOT NULL,
                name TEXT NOT NULL,
                slug TEXT NOT NULL CHECK (length(slug) > 0),
                parent_id INTEGER REFERENCES tag(id) ON DELETE SET NULL,
                level INTEGER CHECK (level IS NULL OR level BETWEEN 1 AND 7),
                description TEXT NOT NULL DEFAULT '',
                color TEXT,
                builtin BOOLEAN NOT NULL DEFAULT 0,
                archived BOOLEAN NOT NULL DEFAULT 0,
                merged_into_id INTEGER REFERENCES tag(id) ON DELETE SET NULL,
                UNIQUE (category, slug)
            );
            CREATE INDEX tag_on_slug ON tag(slug);
            CREATE TABLE observation (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE RESTRICT,
                intensity INTEGER NOT NULL DEFAULT 2 CHECK (intensity BETWEEN 1 AND 3),
                evidence TEXT NOT NULL DEFAULT '',
                comment TEXT NOT NULL DEFAULT '',
                span_start INTEGER,
                span_end INTEGER,
                source TEXT NOT NULL CHECK (source IN ('inline', 'manual')),
                flagged_for_supervision BOOLEAN NOT NULL DEFAULT 0,
                created_at DATETIME NOT NULL,
                updated_at DATETIME NOT NULL
            );
            CREATE INDEX observation_on_session ON observation(session_id);
            CREATE INDEX observation_on_tag ON observation(tag_id);
            CREATE TABLE relationship_episode (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                figure_id INTEGER REFERENCES figure(id) ON DELETE SET NULL,
                narrative TEXT NOT NULL DEFAULT '',
                wish_tag_id INTEGER REFERENCES tag(id) ON DELETE RESTRICT,
                ro_tag_id INTEGER REFERENCES tag(id) ON DELETE RESTRICT,
                rs_tag_id INTEGER REFERENCES tag(id) ON DELETE RESTRICT,
                ro_positive BOOLEAN NOT NULL DEFAULT 0,
                rs_positive BOOLEAN NOT NULL DEFAULT 0
            );
            CREATE INDEX relationship_episode_on_session ON relationship_episode(session_id);
            CREATE INDEX relationship_episode_on_figure ON relationship_episode(figure_id);
            CREATE TABLE formulation (
                client_id INTEGER PRIMARY KEY REFERENCES client(id) ON DELETE CASCADE,
                presenting_problem TEXT NOT NULL DEFAULT '',
                core_conflict TEXT NOT NULL DEFAULT '',
                ccrt_summary TEXT NOT NULL DEFAULT '',
                defensive_style TEXT NOT NULL DEFAULT '',
                development TEXT NOT NULL DEFAULT '',
                treatment_goals TEXT NOT NULL DEFAULT '',
                updated_at DATETIME NOT NULL
            );
            CREATE TABLE formulation_revision (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                presenting_problem TEXT NOT NULL,
                core_conflict TEXT NOT NULL,
                ccrt_summary TEXT NOT NULL,
                defensive_style TEXT NOT NULL,
                development TEXT NOT NULL,
                treatment_goals TEXT NOT NULL,
                written_at DATETIME NOT NULL,
                saved_at DATETIME NOT NULL
            );
            CREATE INDEX formulation_revision_on_client ON formulation_revision(client_id, saved_at);
            CREATE TABLE measure (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                instrument TEXT NOT NULL CHECK (length(trim(instrument)) > 0),
                score REAL NOT NULL
            );
            CREATE INDEX measure_on_session ON measure(session_id);
            -- No foreign key: the log outlives the clients it mentions.
            CREATE TABLE disclosure (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                occurred_at DATETIME NOT NULL,
                what TEXT NOT NULL,
                client_codes TEXT NOT NULL DEFAULT '[]',
                deidentified BOOLEAN NOT NULL
            );
            """)
    }

    /// One FTS5 table for both note layers and observation text. It is contentful (it keeps its
    /// own copy of the text) so snippets come straight from it, and triggers keep it in step with
    /// sessions and observations, including rows removed by a cascade from a deleted client.
    /// Prefix indexes keep `wor*` queries as fast as whole words.
    static func createSearchIndex(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE search_index USING fts5(
                body,
                layer UNINDEXED,
                session_id UNINDEXED,
                observation_id UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 2',
                prefix = '2 3'
            );
            CREATE TRIGGER session_search_insert AFTER INSERT ON session BEGIN
                INSERT INTO search_index(body, layer, session_id, observation_id)
                    SELECT new.process_note, 'process', new.id, NULL WHERE new.process_note <> '';
                INSERT INTO search_index(body, layer, session_id, observation_id)
                    SELECT new.record_note, 'record', new.id, NULL WHERE new.record_note <> '';
            END;
            CREATE TRIGGER session_search_process AFTER UPDATE OF process_note ON session
                WHEN old.process_note IS NOT new.process_note BEGIN
                DELETE FROM search_index WHERE session_id = old.id AND layer = 'process';
                INSERT INTO search_index(body, layer, session_id, observation_id)
                    SELECT new.process_note, 'process', new.id, NULL WHERE new.process_note <> '';
            END;
            CREATE TRIGGER session_search_record AFTER UPDATE OF record_note ON session
                WHEN old.record_note IS NOT new.record_note BEGIN
                DELETE FROM search_index WHERE session_id = old.id AND layer = 'record';
                INSERT INTO search_index(body, layer, session_id, observation_id)
                    SELECT new.record_note, 'record', new.id, NULL WHERE new.record_note <> '';
            END;
            CREATE TRIGGER session_search_delete AFTER DELETE ON session BEGIN
                DELETE FROM search_index WHERE session_id = old.id;
            END;
            CREATE TRIGGER observation_search_insert AFTER INSERT ON observation BEGIN
                INSERT INTO search_index(body, layer, session_id, observation_id)
                    SELECT new.evidence, 'evidence', new.session_id, new.id WHERE new.evidence <> '';
                INSERT INTO search_index(body, layer, session_id, observation_id)
                    SELECT new.comment, 'comment', new.session_id, new.id WHERE new.comment <> '';
            END;
            CREATE TRIGGER observation_search_update AFTER UPDATE OF evidence, comment, session_id ON observation
                WHEN old.evidence IS NOT new.evidence OR old.comment IS NOT new.comment
                    OR old.session_id IS NOT new.session_id BEGIN
                DELETE FROM search_index WHERE observation_id = old.id;
                INSERT INTO search_index(body, layer, session_id, observation_id)
                    SELECT new.evidence, 'evidence', new.session_id, new.id WHERE new.evidence <> '';
                INSERT INTO search_index(body, layer, session_id, observation_id)
                    SELECT new.comment, 'comment', new.session_id, new.id WHERE new.comment <> '';
            END;
            CREATE TRIGGER observation_search_delete AFTER DELETE ON observation BEGIN
                DELETE FROM search_index WHERE observation_id = old.id;
            END;
            """)
    }

    /// Seeds the built-in codebook as it is when the migration runs. Codes added to
    /// `BuiltinCodebook` later reach existing databases through `CaseStore.seedMissingBuiltins`.
    static func seedCodebook(_ db: Database) throws {
        try insertMissingBuiltins(BuiltinCodebook.tags, db)
    }

    static func insertMissingBuiltins(_ builtins: [BuiltinTag], _ db: Database) throws {
        for builtin in builtins {
            try db.execute(
                sql: """
                    INSERT INTO tag (category, name, slug, level, description, builtin, archived)
                    VALUES (?, ?, ?, ?, ?, 1, 0)
                    ON CONFLICT (category, slug) DO NOTHING
                    """,
                arguments: [builtin.category.rawValue, builtin.name, builtin.slug, builtin.level, builtin.description])
        }
    }
}
