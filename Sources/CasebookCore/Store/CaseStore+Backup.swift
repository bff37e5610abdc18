import Foundation
import GRDB

extension CaseStore {
    /// Copies the database to a new file (0600) with SQLite's online backup, which stays
    /// consistent while other connections write. Never overwrites; logs a disclosure.
    ///
    /// The copy is written under a `.partial` name beside the target and only then given the
    /// target's name, so a backup killed half-way never leaves a broken file that looks finished.
    public func backup(to path: String) throws {
        let target = URL(fileURLWithPath: DatabaseLocation.expandTilde(path, home: NSHomeDirectory())).path
        if FileManager.default.fileExists(atPath: target) { throw StoreError.backupTargetExists(path: target) }
        let partial = "\(target).partial-\(getpid())"
        if let code = PrivateFile.createExclusive(partial) {
            throw StoreError.backupFailed(path: target, detail: PrivateFile.message(code))
        }
        do {
            let destination = try DatabaseQueue(path: partial)
            try database.backup(to: destination)
            try destination.close()
            chmod(partial, 0o600)
            try Self.publish(partial, as: target)
        } catch {
            unlink(partial)
            if let error = error as? StoreError { throw error }
            throw StoreError.backupFailed(path: target, detail: "\(error)")
        }
        let codes = try database.read { db in try String.fetchAll(db, sql: "SELECT code FROM client ORDER BY code") }
        try recordDisclosure(what: "backup to \(target)", clientCodes: codes, deidentified: false)
    }

    /// Gives the finished copy its name without ever replacing a file: a hard link fails if the
    /// name is taken meanwhile. File systems without hard links (FAT on a USB stick) get a rename
    /// after a last check instead.
    private static func publish(_ partial: String, as target: String) throws {
        if link(partial, target) == 0 {
            unlink(partial)
            return
        }
        let code = errno
        if code == EEXIST { throw StoreError.backupTargetExists(path: target) }
        guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == ENOSYS else {
            throw StoreError.backupFailed(path: target, detail: PrivateFile.message(code))
        }
        if FileManager.default.fileExists(atPath: target) { throw StoreError.backupTargetExists(path: target) }
        guard rename(partial, target) == 0 else {
            throw StoreError.backupFailed(path: target, detail: PrivateFile.message(errno))
        }
    }

    /// Full integrity check plus schema state, for `casebook check`.
    public func check() throws -> StoreCheck {
        try database.read { db in try Self.check(db) }
    }

    static func check(_ db: Database) throws -> StoreCheck {
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
        let applied = try Migrations.migrator.appliedMigrations(db)
        let pending = Migrations.knownIdentifiers.filter { !applied.contains($0) }
        return StoreCheck(
            integrity: integrity, foreignKeyViolations: violations, schemaVersion: applied.last,
            appliedMigrations: applied, pendingMigrations: pending, rosterCountProblems: try rosterCountProblems(db),
            sessionCodeListProblems: try sessionCodeListProblems(db))
    }
}
