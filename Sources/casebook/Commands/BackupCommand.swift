import ArgumentParser
import CasebookCore
import Foundation

/// `casebook backup FILE`: a consistent copy of the caseload, safe while the interface is open.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the caseload to a new file (never overwrites); the copy is logged as a disclosure.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The new file to write.")
    var file: String

    func run() throws {
        let store = try database.openExistingStore()
        try store.backup(to: file)
        print("Backed up \(store.url.path) to \(file) (readable only by you). Check it with `casebook check --db \(file)`.")
    }
}
