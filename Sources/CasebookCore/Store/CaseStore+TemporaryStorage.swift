import GRDB

extension CaseStore {
    /// SQLite's temporary files (a statement's undo journal past 64 KB, sorts, temporary tables
    /// and indexes) kept in memory on every connection that reads notes, so no fragment of a
    /// note lands in a temporary file outside the database and its `-wal`.
    static func keepTemporaryStorageInMemory(_ db: Database) throws {
        try db.execute(sql: "PRAGMA temp_store = MEMORY")
    }

    /// The connection `checkWithoutWriting` reads through.
    static func checkConfiguration() -> Configuration {
        var config = Configuration()
        config.label = "casebook.check"
        config.busyMode = .timeout(5)
        // The search comparison copies every passage into temporary tables.
        config.prepareDatabase { db in try keepTemporaryStorageInMemory(db) }
        return config
    }
}
