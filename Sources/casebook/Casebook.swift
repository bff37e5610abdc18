import ArgumentParser
import CasebookCore
import Foundation

/// `casebook`: with no subcommand it opens the interface; each subcommand is thin over CasebookCore.
@main
struct Casebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casebook",
        abstract: "Case notes, patterns and supervision briefs for psychodynamic psychotherapy.",
        version: CasebookVersion.string,
        subcommands: [
            DemoCommand.self,
            ClientsCommand.self,
            SessionsCommand.self,
            CodebookCommand.self,
            NoteCommand.self,
            SearchCommand.self,
            TimelineCommand.self,
            PatternsCommand.self,
            BackupCommand.self,
            CheckCommand.self,
            ThemesCommand.self,
            BriefCommand.self,
            ExportCommand.self,
            ImportCommand.self,
            DisclosuresCommand.self,
            BenchCommand.self,
        ]
    )

    @OptionGroup var database: DatabaseOptions

    /// Crash output is made safe before anything else runs (see `CrashOutput`).
    static func main() {
        CrashOutput.install(environment: ProcessInfo.processInfo.environment)
        main(nil)
    }

    @Option(name: .long, help: "Theme name (from `casebook themes`) or path to a theme file.")
    var theme: String?

    @Flag(name: .long, help: "Open the interface on a fresh fictional caseload in a temporary file, removed at exit.")
    var demo = false

    @Flag(name: .customLong("bench-first-frame"), help: .hidden)
    var benchFirstFrame = false

    mutating func run() throws {
        if benchFirstFrame {
            renderFirstFrameAndExit(store: try database.openExistingStore(), theme: theme)
            return
        }
        guard demo else {
            try openInterface(store: database.openStore(), theme: theme)
            return
        }
        if database.db != nil {
            throw CLIError(message: "--demo and --db do not go together", hint: "--demo always uses a fresh temporary file")
        }
        try requireTerminal()
        let file = try DemoFile()
        defer { file.remove() }
        let store = try CaseStore(path: file.path)
        StandardError.write("Writing a fictional caseload to a temporary file…")
        try DemoWriter.write(DemoCaseload.generate(), to: store)
        try openInterface(store: store, theme: theme,
                          startMessage: "Demo caseload (fictional): it is deleted when you quit")
        try store.close()
    }
}
