import ArgumentParser
import CasebookCore
import Foundation

/// `casebook check`: the full integrity check and the schema version; exits 1 on any problem.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the database's integrity and schema version.")

    @OptionGroup var database: DatabaseOptions

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    func run() throws {
        let store = try database.openExistingStore()
        let check = try store.check()
        if json {
            try JSONOutput.print([
                "path": store.url.path,
                "ok": check.isHealthy,
                "integrity": check.integrity,
                "foreign_key_violations": check.foreignKeyViolations,
                "schema_version": JSONOutput.value(check.schemaVersion),
                "applied_migrations": check.appliedMigrations,
                "pending_migrations": check.pendingMigrations,
            ] as [String: Any])
        } else {
            print("\(store.url.path)")
            print("  integrity:       \(check.integrity == ["ok"] ? "ok" : check.integrity.joined(separator: "; "))")
            print("  foreign keys:    \(check.foreignKeyViolations == 0 ? "ok" : "\(check.foreignKeyViolations) broken references")")
            print("  schema version:  \(check.schemaVersion ?? "none")"
                + (check.pendingMigrations.isEmpty ? "" : " (pending: \(check.pendingMigrations.joined(separator: ", ")))"))
        }
        guard check.isHealthy else {
            throw CLIError(
                message: "\(store.url.path) has problems",
                hint: "restore it from a backup (`casebook backup` makes them), or copy it aside and try `sqlite3 .recover`")
        }
        if !json { print("All good.") }
    }
}
