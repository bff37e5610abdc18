import GRDB

extension Migrations {
    /// `v2-codebook-version`: a counter that every change to the `tag` table moves, kept by
    /// triggers so a change made by another process (a CLI import, a second window) moves it too.
    ///
    /// An autosave resolves the note's `#slugs` with resolutions kept from the last save while the
    /// codebook is unchanged (`SlugResolverCache`). It used to tell by reading every column of
    /// every code into one string on each save, a tenth of the save; now it reads one integer.
    static func createCodebookVersion(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE codebook_version (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                version INTEGER NOT NULL
            );
            INSERT INTO codebook_version (id, version) VALUES (1, 0);
            CREATE TRIGGER tag_version_insert AFTER INSERT ON tag BEGIN
                UPDATE codebook_version SET version = version + 1 WHERE id = 1;
            END;
            CREATE TRIGGER tag_version_update AFTER UPDATE ON tag BEGIN
                UPDATE codebook_version SET version = version + 1 WHERE id = 1;
            END;
            CREATE TRIGGER tag_version_delete AFTER DELETE ON tag BEGIN
                UPDATE codebook_version SET version = version + 1 WHERE id = 1;
            END;
            """)
    }

    /// The counter as `db` sees it now; nil for a file the migration has not reached.
    static func codebookVersion(_ db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT version FROM codebook_version WHERE id = 1"))
    }
}
