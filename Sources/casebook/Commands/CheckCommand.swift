import ArgumentParser
import CasebookCore
import Foundation

/// `casebook check [--repair]`: the full integrity check, the search index and the schema
/// version; exits 1 on any problem. Only `--repair` changes the file, after backing it up.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database's integrity, search index and schema version.",
        discussion: """
            Recovery files (text the interface could not save, written beside the database or in \
            ~/.local/state/casebook, ~ or /tmp) are listed; they do not fail the check. \
            Without --repair the file is only read. With --repair a copy is first written beside it \
            (NAME.before-repair-TIMESTAMP.sqlite, readable only by you), then the search index is \
            rebuilt from the notes, the clients list's counts recounted from the sessions, the sessions' code lists (what \
            timelines draw) rebuilt from the observations, and the check runs again.
            """)

    @OptionGroup var database: DatabaseOptions

    @Flag(name: .long, help: "Back the file up beside itself, then rebuild the search index from the notes.")
    var repair = false

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    func run() throws {
        let url = DatabaseLocation.resolve(explicit: database.db)
        let report: RepairReport?
        let check: StoreCheck
        let searchIndex: SearchIndexCheck
        if repair {
            let store = try database.openExistingStore()
            let repaired = try store.repair()
            (report, check, searchIndex) = (repaired, repaired.check, repaired.searchIndex)
        } else {
            // Checking only reads: no `CaseStore`, which would bring an old file up to date.
            guard FileManager.default.fileExists(atPath: url.path) else {
                // A database deleted under the interface leaves only its recovery files: name them.
                for path in RecoveryFile.existing(databaseURL: url).map(\.path) {
                    StandardError.write("recovery file with text that was never saved: \(path)")
                }
                _ = try database.openExistingStore()
                return
            }
            let result = try CaseStore.checkWithoutWriting(url: url)
            for warning in result.warnings { StandardError.write("warning: \(warning)") }
            (report, check, searchIndex) = (nil, result.check, result.searchIndex)
        }
        // Known migrations not yet applied make a file older, not damaged: the next open brings it
        // up to date (a first creation killed half-way leaves one too). Calling that a problem
        // would send the clinician to an older backup, and recent work with it.
        let intact = check.integrity == ["ok"] && check.foreignKeyViolations == 0
        // Derived like the search index: wrong counts in the list, never a lost record.
        let keptInStep = check.rosterCountProblems.isEmpty && check.sessionCodeListProblems.isEmpty
        let derivedInStep = searchIndex.isHealthy && keptInStep
        let healthy = intact && derivedInStep
        // Text the interface could not save; not a fault of the file, so it does not fail the check.
        let recovery = RecoveryFile.existing(databaseURL: url).map(\.path)
        if json {
            var object: [String: Any] = [
                "path": url.path,
                "ok": healthy,
                "integrity": check.integrity,
                "foreign_key_violations": check.foreignKeyViolations,
                "search_index": searchIndex.problems,
                "roster_counts": check.rosterCountProblems,
                "session_code_lists": check.sessionCodeListProblems,
                "schema_version": JSONOutput.value(check.schemaVersion),
                "applied_migrations": check.appliedMigrations,
                "pending_migrations": check.pendingMigrations,
                "recovery_files": recovery,
            ]
            if let report {
                object["repair"] = [
                    "backup": report.backupPath, "removed_passages": report.removedPassages,
                    "added_passages": report.addedPassages,
                ] as [String: Any]
            }
            try JSONOutput.print(object)
        } else {
            print(url.path)
            if let report {
                print("  backup:          \(report.backupPath)")
                print("  search repaired: \(report.removedPassages) stale passage(s) removed, \(report.addedPassages) re-indexed")
            }
            print("  integrity:       \(check.integrity == ["ok"] ? "ok" : check.integrity.joined(separator: "; "))")
            print("  foreign keys:    \(check.foreignKeyViolations == 0 ? "ok" : "\(check.foreignKeyViolations) broken references")")
            print("  search index:    \(searchIndex.isHealthy ? "ok" : searchIndex.problems.joined(separator: "; "))")
            print("  clients list:    \(check.rosterCountProblems.isEmpty ? "ok" : check.rosterCountProblems.joined(separator: "; "))")
            print("  timeline codes:  \(check.sessionCodeListProblems.isEmpty ? "ok" : check.sessionCodeListProblems.joined(separator: "; "))")
            print("  schema version:  \(check.schemaVersion ?? "none")"
                + (check.pendingMigrations.isEmpty
                    ? "" : " (older; Casebook brings it up to date when it next opens it: \(check.pendingMigrations.joined(separator: ", ")))"))
            if !recovery.isEmpty {
                print("  recovery files:  \(recovery.count) with text that was never saved (copy it back, then delete):")
                for path in recovery { print("    \(path)") }
            }
        }
        if intact, !searchIndex.isHealthy {
            throw CLIError(
                message: "\(url.path): search no longer matches the notes (the notes themselves are intact)",
                hint: "run `casebook check --repair`: it backs the file up beside itself, then rebuilds the index")
        }
        if intact, !derivedInStep {
            throw CLIError(
                message: "\(url.path): "
                    + [
                        check.rosterCountProblems.isEmpty ? nil : "the clients list's counts no longer match the sessions",
                        check.sessionCodeListProblems.isEmpty ? nil : "the timelines' code lists no longer match the observations",
                    ].compactMap { $0 }.joined(separator: ", and ")
                    + " (the records themselves are intact)",
                hint: "run `casebook check --repair`: it backs the file up beside itself, then rebuilds them")
        }
        guard healthy else {
            throw CLIError(
                message: "\(url.path) has problems",
                hint: "restore it from a backup (`casebook backup` makes them), or copy it aside and try `sqlite3 .recover`")
        }
        if !json { print("All good.") }
    }
}
