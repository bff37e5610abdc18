import CasebookCore
import Foundation

extension DatabaseOptions {
    /// Opens the caseload named by `--db` (else `CASEBOOK_DB`, else the default place). Warnings
    /// that did not stop it opening, such as a file others can read, go to stderr.
    func openStore() throws -> CaseStore {
        let store = try CaseStore(path: db)
        for warning in store.warnings { StandardError.write("warning: \(warning)") }
        return store
    }

    /// Opens the caseload only if it already exists: a listing of a mistyped path should say
    /// so, not create an empty database there.
    func openExistingStore() throws -> CaseStore {
        let url = DatabaseLocation.resolve(explicit: db)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw CLIError(
                message: "no caseload at \(url.path)",
                hint: "check --db or CASEBOOK_DB, or write a fictional one with `casebook demo \(url.path)`")
        }
        return try openStore()
    }
}
