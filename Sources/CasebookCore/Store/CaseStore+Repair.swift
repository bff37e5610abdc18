import Foundation
import GRDB

extension CaseStore {
    /// The search index can drift from the notes it indexes (a crash in an old SQLite, a tool
    /// that edited the file by hand). The notes themselves are the truth; the index can always
    /// be rebuilt from them, which is what `repair()` does after a backup.
    public func checkSearchIndex() throws -> SearchIndexCheck {
        do {
            return try database.writeWithoutTransaction { db in try Self.checkSearchIndex(db) }
        } catch let error as DatabaseError {
            throw Self.storeError(for: error, path: url.path)
        }
    }

    /// The full check and the search-index check on a file that is only read: nothing is
    /// committed, so the bytes stay as they are (opening a `CaseStore` would bring the schema up
    /// to date and seed the codebook). Refuses the files `CaseStore` refuses, for the same reasons.
    public static func checkWithoutWriting(url: URL) throws -> (check: StoreCheck, searchIndex: SearchIndexCheck, warnings: [StoreWarning]) {
        let path = url.path
        try DatabaseInspector.inspect(url, integrityCheckLimit: Options().integrityCheckLimit, knownMigrations: Set(Migrations.knownIdentifiers))
        var warnings: [StoreWarning] = []
        if let mode = permissions(of: path), mode & 0o077 != 0 { warnings.append(.readableByOthers(path: path, mode: mode)) }
        do {
            let queue = try DatabaseQueue(path: path, configuration: checkConfiguration())
            defer { try? queue.close() }
            return try queue.inDatabase { db in (try check(db), try checkSearchIndex(db), warnings) }
        } catch let error as DatabaseError {
            throw storeError(for: error, path: path)
        }
    }

    /// Each probe runs in a transaction that is rolled back: FTS5's integrity check is a write
    /// statement, and the comparison needs temporary tables, but neither may change the file.
    private static func checkSearchIndex(_ db: Database) throws -> SearchIndexCheck {
        guard try db.tableExists("search_index") else { return SearchIndexCheck(problems: ["there is no search index yet"]) }
        var problems: [String] = []
        do {
            try db.inTransaction {
                try db.execute(sql: "INSERT INTO search_index(search_index, rank) VALUES('integrity-check', 1)")
                return .rollback
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            problems.append("the search index does not match its text")
        }
        var drift = (stale: 0, missing: 0)
        try db.inTransaction {
            try createDriftTables(db)
            drift = (
                stale: try Int.fetchOne(db, sql: "SELECT count(*) FROM temp.stale_search_row") ?? 0,
                missing: try Int.fetchOne(db, sql: "SELECT count(*) FROM temp.missing_search_row") ?? 0
            )
            return .rollback
        }
        if drift.stale > 0 { problems.append("\(drift.stale) indexed passage(s) no longer match the notes") }
        if drift.missing > 0 { problems.append("\(drift.missing) passage(s) of the notes are missing from the index") }
        return SearchIndexCheck(problems: problems)
    }

    /// Backs the file up next to itself, rebuilds the search index from the notes and the Clients
    /// list's counts from the records, then runs the full check. The backup comes first and is
    /// the only way the original bytes survive, so nothing is touched if it cannot be written.
    public func repair(at date: Date = Date()) throws -> RepairReport {
        let backupPath = Self.repairBackupPath(for: url, at: date)
        try backup(to: backupPath)
        let counts = try write { db -> (removed: Int, added: Int) in
            // Rebuild first: it rewrites the index from the stored text whatever state the index
            // is in, so the row-by-row fixes below run against a consistent index.
            try db.execute(sql: "INSERT INTO search_index(search_index) VALUES('rebuild')")
            _ = try Self.catchUpSearchIndex(db)
            try Self.createDriftTables(db)
            defer { try? Self.dropDriftTables(db) }
            try db.execute(sql: "DELETE FROM search_index WHERE rowid IN (SELECT rid FROM temp.stale_search_row)")
            let removed = db.changesCount
            try db.execute(sql: """
                INSERT INTO search_index(rowid, body, layer, session_id, observation_id)
                SELECT rid, body, layer, session_id, observation_id FROM temp.missing_search_row
                """)
            let added = try Int.fetchOne(db, sql: "SELECT count(*) FROM temp.missing_search_row") ?? 0
            // The Clients list's kept counts, like the index, are derived and rebuilt whole.
            try Self.recountRoster(db)
            try Self.rebuildSessionCodeLists(db)
            return (removed, added)
        }
        return RepairReport(
            backupPath: backupPath, removedPassages: counts.removed, addedPassages: counts.added,
            searchIndex: try checkSearchIndex(), check: try check())
    }

    /// `notes.sqlite` → `notes.before-repair-20261127-221500.sqlite`, beside the original.
    static func repairBackupPath(for url: URL, at date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let base = url.deletingPathExtension().lastPathComponent
        let ext = url.pathExtension.isEmpty ? "sqlite" : url.pathExtension
        return url.deletingLastPathComponent()
            .appendingPathComponent("\(base).before-repair-\(formatter.string(from: date)).\(ext)").path
    }

    /// What the index should hold (every non-empty note layer, evidence and comment, each at the
    /// rowid `SearchRowid` gives it) against what it holds, compared through the index's own
    /// stored copy of the text, never its tokens. A file from before `v2-search-index-rowids`
    /// (checked without being migrated) numbers its passages freely, so there rowids are not compared.
    private static func createDriftTables(_ db: Database) throws {
        try dropDriftTables(db)
        let renumbered = try db.tableExists("grdb_migrations") && Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier = 'v2-search-index-rowids')") ?? false
        let expected = renumbered
            ? Migrations.expectedSearchRowsSQL
            : "SELECT NULL AS rid, body, layer, session_id, observation_id FROM (\(Migrations.expectedSearchRowsSQL))"
        // Notes saved but not yet re-indexed are expected to differ until the index catches up.
        var pendingExclusion = try db.tableExists("search_pending")
            ? """
                DELETE FROM expected_search_row WHERE (session_id, layer) IN (SELECT session_id, layer FROM search_pending);
                DELETE FROM actual_search_row WHERE (session_id, layer) IN (SELECT session_id, layer FROM search_pending);
                """
            : ""
        // Likewise evidence and comments not yet re-indexed, under any session they were recorded in.
        if try db.tableExists("search_pending_observation") {
            pendingExclusion += """
                DELETE FROM expected_search_row
                    WHERE observation_id IN (SELECT observation_id FROM search_pending_observation);
                DELETE FROM actual_search_row
                    WHERE observation_id IN (SELECT observation_id FROM search_pending_observation);
                """
        }
        // Both tables declare the same column types. Made by `CREATE TABLE … AS`, the expected
        // side's `session_id` had integer affinity and the index's none, and that mismatch kept
        // SQLite from searching by session: every expected passage scanned all indexed passages
        // of its layer, which on a career-sized file (500,000 passages) ran for hours.
        let columns = "(rid INTEGER, body TEXT, layer TEXT, session_id INTEGER, observation_id INTEGER)"
        try db.execute(sql: """
            CREATE TEMP TABLE expected_search_row \(columns);
            INSERT INTO expected_search_row \(expected);
            CREATE TEMP TABLE actual_search_row \(columns);
            INSERT INTO actual_search_row SELECT rowid, body, layer, session_id, observation_id FROM search_index;
            CREATE INDEX temp.actual_search_row_key ON actual_search_row(layer, session_id, observation_id);
            CREATE INDEX temp.expected_search_row_key ON expected_search_row(layer, session_id, observation_id);
            \(pendingExclusion)
            CREATE TEMP TABLE stale_search_row AS
                SELECT rid FROM actual_search_row AS a
                WHERE NOT EXISTS (
                    SELECT 1 FROM expected_search_row AS e
                    WHERE e.layer = a.layer AND e.session_id = a.session_id
                        AND e.observation_id IS a.observation_id AND e.body = a.body
                        AND (e.rid IS NULL OR e.rid = a.rid))
                OR rid <> (
                    SELECT min(b.rid) FROM actual_search_row AS b
                    WHERE b.layer = a.layer AND b.session_id = a.session_id
                        AND b.observation_id IS a.observation_id AND b.body = a.body);
            CREATE TEMP TABLE missing_search_row AS
                SELECT rid, body, layer, session_id, observation_id FROM expected_search_row AS e
                WHERE NOT EXISTS (
                    SELECT 1 FROM actual_search_row AS a
                    WHERE e.layer = a.layer AND e.session_id = a.session_id
                        AND e.observation_id IS a.observation_id AND e.body = a.body
                        AND (e.rid IS NULL OR e.rid = a.rid));
            """)
    }

    private static func dropDriftTables(_ db: Database) throws {
        try db.execute(sql: """
            DROP TABLE IF EXISTS temp.expected_search_row;
            DROP TABLE IF EXISTS temp.actual_search_row;
            DROP TABLE IF EXISTS temp.stale_search_row;
            DROP TABLE IF EXISTS temp.missing_search_row;
            """)
    }
}

/// Whether full-text search still agrees with the notes.
public struct SearchIndexCheck: Hashable, Sendable {
    /// Empty when search finds exactly what the notes say.
    public var problems: [String]

    public var isHealthy: Bool { problems.isEmpty }

    public init(problems: [String]) { self.problems = problems }
}

/// What `casebook check --repair` did.
public struct RepairReport: Hashable, Sendable {
    /// The copy of the file as it was before the repair (0600).
    public var backupPath: String
    public var removedPassages: Int
    public var addedPassages: Int
    /// The search index after the repair.
    public var searchIndex: SearchIndexCheck
    /// The full check after the repair.
    public var check: StoreCheck

    public var isHealthy: Bool { searchIndex.isHealthy && check.isHealthy }

    public init(backupPath: String, removedPassages: Int, addedPassages: Int, searchIndex: SearchIndexCheck, check: StoreCheck) {
        self.backupPath = backupPath
        self.removedPassages = removedPassages
        self.addedPassages = addedPassages
        self.searchIndex = searchIndex
        self.check = check
    }
}
