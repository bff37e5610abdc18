import ArgumentParser
import CasebookCore
import Foundation

/// `casebook patterns CLIENT [--last N] [--json]`: recurrence, ODF, defense profile,
/// co-occurrence and CCRT pervasiveness.
struct PatternsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patterns", abstract: "Show recurring patterns, ODF, co-occurrence and the CCRT of a client.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Client code (any case) or numeric id.")
    var client: String

    @Option(name: .long, help: "Only the last N sessions.")
    var last: Int?

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    func run() throws {
        if let last, last < 1 { throw CLIError(message: "--last must be at least 1", hint: "e.g. --last 20") }
        let store = try database.openExistingStore()
        let client = try store.requireClient(client)
        guard let clientID = client.id else { return }
        let input = try store.analyticsInput(clientID: clientID)
        let report = PatternsReport.build(
            client: client.code, sessions: input.sessions, episodes: input.episodes, tags: input.tags,
            options: PatternsReport.Options(window: last.map(AnalysisWindow.lastN) ?? .all))
        if json {
            try JSONOutput.print(encodable: report)
        } else {
            print(PatternsTextRenderer.render(report), terminator: "")
        }
    }
}
