import ArgumentParser
import CasebookCore

/// `casebook import FILE`
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a JSON export: checked whole first, then imported all or nothing.",
        discussion: """
            Clients whose code already exists are reported and never overwritten; rename one first.
            Codes of the codebook the database already has keep this database's settings.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "A file written by `casebook export --format json`.")
    var file: String

    mutating func run() throws {
        let store = try CaseStore(path: database.db)
        do {
            let summary = try CaseloadImporter(store: store).importFile(atPath: file)
            print(summary.description)
        } catch let error as ImportError {
            throw CLIError(message: error.description)
        }
    }
}
