import Foundation
import GRDB

/// The case-notes database. One instance per open file; several processes may hold the same
/// file open (WAL, busy timeout), so the interface and a CLI export work side by side.
public final class CaseStore: Sendable {
    /// Turns a process note into its inline tags; injectable so tests need not depend on the parser.
    public typealias InlineParser = @Sendable (String) -> [InlineTag]

    public struct Options: Sendable {
        /// Run `PRAGMA quick_check` before opening files up to this size (nil: always). It reads
        /// every page: ~45 ms for 32 MB, ~350 ms for a career's 250 MB, too slow for a first frame
        /// in 100 ms. The header, length and schema checks always run; `check()` does the full one.
        public var integrityCheckLimit: Int?
        /// How long a write waits for another process before giving up.
        public var busyTimeout: TimeInterval

        public init(integrityCheckLimit: Int? = 32 * 1024 * 1024, busyTimeout: TimeInterval = 5) {
            self.integrityCheckLimit = integrityCheckLimit
            self.busyTimeout = busyTimeout
        }
    }

    public let url: URL
    /// The connection pool, for read queries (analytics, exports) that live outside the store.
    public let database: DatabasePool
    /// Things worth telling the clinician that did not stop the database opening.
    public let warnings: [StoreWarning]
    let parse: InlineParser
    /// Autosaves re-parse only the paragraphs of a note that changed.
    let noteParses = NoteParseCache()
    /// Autosaves resolve `#slugs` afresh only when the codebook changed.
    let slugResolvers = SlugResolverCache()
    /// Timelines and patterns read the codebook afresh only when it changed.
    let analyzedTagsCache = AnalyzedTagsCache()
    /// Autosaves read a note's inline observations again only when something else wrote.
    let inlineFields = InlineFieldsCache()
    let now: @Sendable () -> Date
    /// The file's device and inode when opened. SQLite keeps writing to a deleted or replaced
    /// file's old inode without complaint, so every write first checks the path still leads here.
    let fileIdentity: FileIdentity?
    /// Values computed from the database, kept until the next write (`memoized`).
    let memo = StoreMemo()
    /// Which autosaves have not reached the disk yet (`SaveDurability`).
    let durability = SaveDurability()

    /// Opens (creating if needed) the database at `path`, else where `DatabaseLocation` says.
    public convenience init(
        path: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        options: Options = Options(),
        parse: @escaping InlineParser = { InlineTagParser.parse($0) },
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws {
        try self.init(
            url: DatabaseLocation.resolve(explicit: path, environment: environment),
            options: options, parse: parse, now: now)
    }

    public init(
        url: URL,
        options: Options = Options(),
        parse: @escaping InlineParser = { InlineTagParser.parse($0) },
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws {
        let path = url.path
        try DatabaseInspector.inspect(
            url, integrityCheckLimit: options.integrityCheckLimit, knownMigrations: Set(Migrations.knownIdentifiers))
        let existed = try Self.prepareFile(at: url)
        var warnings: [StoreWarning] = []
        if existed, let mode = Self.permissions(of: path), mode & 0o077 != 0 {
            warnings.append(.readableByOthers(path: path, mode: mode))
        }

        var config = Configuration()
        config.label = "casebook"
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(options.busyTimeout)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            // An autosave moving a long note's tags no longer creates and writes a temporary
            // file every time, either.
            try Self.keepTemporaryStorageInMemory(db)
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
            // GRDB leaves a WAL database in `synchronous = NORMAL`, where no commit waits for the
            // disk and a power cut can take back any recent write. Every commit waits here,
            // except autosaves, which say otherwise for their own transaction (`SaveDurability`).
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            try Migrations.migrator.migrate(pool)
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_READONLY: throw StoreError.readOnly(path: path)
            case .SQLITE_CORRUPT: throw StoreError.corrupt(path: path, detail: "SQLite reports it malformed")
            case .SQLITE_NOTADB: throw StoreError.notADatabase(path: path)
            default: throw StoreError.cannotOpen(path: path, detail: error.message ?? "\(error.resultCode)")
            }
        }
        self.url = url
        self.fileIdentity = FileIdentity(path: path)
        self.database = pool
        self.warnings = warnings
        self.parse = parse
        // Whole seconds: a record the store returns then equals the one read back later
        // (the database keeps milliseconds, which a Double does not round-trip exactly).
        self.now = { Date(timeIntervalSince1970: now().timeIntervalSince1970.rounded(.down)) }
        try seedMissingBuiltins()
        // Notes saved by a process that was killed before its index caught up.
        try catchUpSearchIndex()
    }

    /// Creates the folder (0700) and an empty file (0600) when missing; refuses a file that
    /// cannot be written before SQLite gets a chance to fail half-way. Returns whether it existed.
    private static func prepareFile(at url: URL) throws -> Bool {
        let path = url.path
        let folder = url.deletingLastPathComponent().path
        let manager = FileManager.default
        if manager.fileExists(atPath: path) {
            // The owner's write bit counts even for root, who `access` would let through: a
            // file made read-only was made so on purpose.
            guard access(path, W_OK) == 0, access(folder, W_OK) == 0, let mode = permissions(of: path), mode & 0o200 != 0
            else { throw StoreError.readOnly(path: path) }
            return true
        }
        if !manager.fileExists(atPath: folder) {
            do {
                try manager.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.cannotOpen(path: path, detail: "its folder \(folder) cannot be created")
            }
        }
        guard access(folder, W_OK) == 0 else { throw StoreError.readOnly(path: path) }
        // EEXIST: another process created it a moment ago, which is fine.
        if let code = PrivateFile.createExclusive(path), code != EEXIST {
            throw StoreError.cannotOpen(path: path, detail: PrivateFile.message(code))
        }
        return false
    }

    static func permissions(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_mode & 0o777)
    }

    /// Built-in codes added to `BuiltinCodebook` after a database was created.
    private func seedMissingBuiltins() throws {
        let builtins = BuiltinCodebook.tags
        let present = try database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM tag WHERE builtin = 1") ?? 0
        }
        guard present < builtins.count else { return }
        try write { db in try Migrations.insertMissingBuiltins(builtins, db) }
    }

    /// Runs `updates` in a write transaction, turning SQLite's failures into errors that say what to do.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        try checkFileIsOurs()
        defer { memo.noteWrite() }
        do {
            let result = try database.write(updates)
            // A FULL commit flushed the whole WAL, earlier autosaves with it.
            durability.flushed()
            return result
        } catch let error as DatabaseError {
            throw Self.storeError(for: error, path: url.path)
        }
    }

    /// SQLite's default, which every write but a deferred autosave keeps.
    static let walAutocheckpointPages = 1000

    /// `write` for an autosave: the commit does not wait for the disk unless the oldest autosave
    /// still waiting is `SaveDurability.maximumDelay` old (see `SaveDurability`).
    func autosaveWrite<T>(at stamp: Date, _ updates: (Database) throws -> T) throws -> T {
        guard durability.mayDefer(at: stamp) else { return try write(updates) }
        try checkFileIsOurs()
        defer { memo.noteWrite() }
        do {
            let result = try database.writeWithoutTransaction { db in
                // Nor does it copy the WAL into the database when the WAL has grown past SQLite's
                // 1,000 pages (a checkpoint, with a disk sync: a fifth of an autosave, every thirty
                // saves of a long note). `makeSavesDurable()` checkpoints when typing pauses, and
                // the save that waits for the disk, at the latest five seconds on, checkpoints
                // as every other write does.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
                defer {
                    try? db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.walAutocheckpointPages)")
                    try? db.execute(sql: "PRAGMA synchronous = FULL")
                }
                var result: T?
                try db.inTransaction {
                    result = try updates(db)
                    return .commit
                }
                return result!
            }
            durability.deferred(at: stamp)
            return result
        } catch let error as DatabaseError {
            throw Self.storeError(for: error, path: url.path)
        }
    }

    private func checkFileIsOurs() throws {
        if let fileIdentity, FileIdentity(path: url.path) != fileIdentity {
            throw StoreError.fileGone(path: url.path)
        }
    }

    static func storeError(for error: DatabaseError, path: String) -> Error {
        switch error.resultCode {
        case .SQLITE_FULL: StoreError.diskFull(path: path)
        case .SQLITE_READONLY: StoreError.readOnly(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: StoreError.busy(path: path)
        case .SQLITE_CORRUPT: StoreError.corrupt(path: path, detail: "SQLite reports it malformed")
        case .SQLITE_NOTADB: StoreError.notADatabase(path: path)
        default: error
        }
    }

    /// Closes the connections; further calls throw.
    public func close() throws {
        // Best effort: a full disk or a vanished file must not stop the close; search and the
        // next open catch up what is left.
        _ = try? catchUpSearchIndex()
        try? makeSavesDurable()
        try database.close()
    }
}
