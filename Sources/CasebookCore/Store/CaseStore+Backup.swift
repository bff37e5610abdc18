import Foundation
import GRDB

extension CaseStore {
    /// Copies the database to a new file (0600) with SQLite's online backup, which stays
    /// consistent while other connections write. Never overwrites; logs a disclosure.
    public func backup(to path: String) throws {
        let target = URL(fileURLWithPath: DatabaseLocation.expandTilde(path, home: NSHomeDirectory())).path
        if let code = PrivateFile.createExclusive(target) {
            if code == EEXIST { throw StoreError.backupTargetExists(path: target) }
            throw StoreError.backupFailed(path: target, detail: PrivateFile.message(code))
        }
        do {
            let destination = try DatabaseQueue(path: target)
            try database.backup(to: destination)
            try destination.close()
            chmod(target, 0o600)
        } catch {
            unlink(target)
            throw StoreError.backupFailed(path: target, detail: "\(error)")
        }
        let codes = try database.read { db in try String.fetchAll(db, sql: "SELECT code FROM client ORDER BY code") }
        try recordDisclosure(what: "backup to \(target)", clientCodes: codes, deidentified: false)
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
            appliedMigrations: applied, pendingMigrations: pending)
    }
}
