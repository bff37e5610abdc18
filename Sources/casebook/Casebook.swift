import ArgumentParser
import CasebookCore

/// `casebook`: with no subcommand it opens the interface; each subcommand is thin over CasebookCore.
@main
struct Casebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casebook",
        abstract: "Case notes, patterns and supervision briefs for psychodynamic psychotherapy.",
        version: CasebookVersion.string,
        subcommands: [
            ThemesCommand.self,
            BriefCommand.self,
            ExportCommand.self,
            ImportCommand.self,
            DisclosuresCommand.self,
        ]
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Theme name (from `casebook themes`) or path to a theme file.")
    var theme: String?

    @Flag(name: .long, help: "Open the interface on a fresh fictional caseload in a temporary file, removed at exit.")
    var demo = false

    mutating func run() throws {
        throw CLIError(message: "the interface is not built yet", hint: "use the subcommands; see `casebook --help`")
    }
}
