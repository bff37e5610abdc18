import Foundation
import GRDB

/// Looks at an existing file before anything opens it for writing, so that a foreign, damaged
/// or newer file is refused with its bytes untouched. Opening a pool in WAL mode writes to the
/// file, which is why every check here reads the raw header or uses a read-only connection.
enum DatabaseInspector {
    static let magic = Array("SQLite format 3\u{0}".utf8)

    /// Throws the `StoreError` that describes why `url` must not be opened for writing.
    /// A missing or empty file passes: it becomes a new database.
    static func inspect(_ url: URL, integrityCheckLimit: Int?, knownMigrations: Set<String>) throws {
        let path = url.path
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw StoreError.cannotOpen(path: path, detail: "it is not a regular file")
        }
        guard access(path, R_OK) == 0 else {
            throw StoreError.cannotOpen(path: path, detail: "it is not readable by you")
        }
        let size = Int(info.st_size)
        if size == 0 { return }
        let header = try readHeader(url, path: path)
        guard header.count >= magic.count, Array(header.prefix(magic.count)) == magic else {
            throw StoreError.notADatabase(path: path)
        }
        guard header.count == 100 else {
            throw StoreError.corrupt(path: path, detail: "the file is cut short")
        }
        try checkLength(header: header, fileSize: size, path: path)
        let verifyIntegrity = integrityCheckLimit.map { size <= $0 } ?? true
        try inspectContents(path: path, verifyIntegrity: verifyIntegrity, knownMigrations: knownMigrations)
    }

    private static func readHeader(_ url: URL, path: String) throws -> [UInt8] {
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            return Array(try handle.read(upToCount: 100) ?? Data())
        } catch {
            throw StoreError.cannotOpen(path: path, detail: "it cannot be read")
        }
    }

    /// A truncated file: the header promises more pages than the file holds. Only trusted when
    /// no write-ahead log is pending, since pages may then legitimately live in the log.
    private static func checkLength(header: [UInt8], fileSize: Int, path: String) throws {
        guard !FileManager.default.fileExists(atPath: path + "-wal") else { return }
        func bigEndian(_ offset: Int, _ count: Int) -> Int {
            header[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
        }
        let rawPageSize = bigEndian(16, 2)
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else {
            throw StoreError.corrupt(path: path, detail: "its header is garbled")
        }
        let pageCount = bigEndian(28, 4)
        let headerCountIsValid = bigEndian(24, 4) == bigEndian(92, 4) && pageCount > 0
        if headerCountIsValid && fileSize < pageCount * pageSize {
            throw StoreError.corrupt(path: path, detail: "the file is cut short")
        }
    }

    private static func inspectContents(path: String, verifyIntegrity: Bool, knownMigrations: Set<String>) throws {
        var config = Configuration()
        config.readonly = true
        config.label = "casebook.inspect"
        config.busyMode = .timeout(5)
        let applied: [String]
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            applied = try queue.read { db -> [String] in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
                if verifyIntegrity {
                    let result = try String.fetchAll(db, sql: "PRAGMA quick_check(5)")
                    if result != ["ok"] {
                        throw StoreError.corrupt(path: path, detail: result.joined(separator: "; "))
                    }
                }
                guard try db.tableExists("grdb_migrations") else { return [] }
                return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: throw StoreError.notADatabase(path: path)
            case .SQLITE_CORRUPT: throw StoreError.corrupt(path: path, detail: "SQLite reports it malformed")
            case .SQLITE_BUSY, .SQLITE_LOCKED: return
            // A WAL database cannot even be read where its -shm file cannot be created.
            case .SQLITE_CANTOPEN where access(URL(fileURLWithPath: path).deletingLastPathComponent().path, W_OK) != 0:
                throw StoreError.readOnly(path: path)
            default: throw StoreError.corrupt(path: path, detail: "it cannot be read (\(error.resultCode))")
            }
        }
        let unknown = applied.filter { !knownMigrations.contains($0) }
        if !unknown.isEmpty {
            throw StoreError.newerVersion(path: path, unknownMigrations: unknown.sorted())
        }
    }
}
