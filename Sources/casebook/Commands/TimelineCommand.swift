import ArgumentParser
import CasebookCore
import Foundation

/// `casebook timeline CLIENT [--category C] [--last N] [--ascii]`: the timeline grid as text,
/// one column per session, cells shaded by intensity.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline", abstract: "Print a client's timeline: a row per code, a column per session.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Client code (any case) or numeric id.")
    var client: String

    @Option(name: .long, help: "Only this category; repeat for several.")
    var category: [String] = []

    @Option(name: .long, help: "Only the last N sessions.")
    var last: Int?

    @Flag(name: .long, help: "Shade with . + # instead of block characters.")
    var ascii = false

    func run() throws {
        let categories = try category.map(CategoryArgument.parse)
        if let last, last < 1 { throw CLIError(message: "--last must be at least 1", hint: "e.g. --last 20") }
        let store = try database.openExistingStore()
        let client = try store.requireClient(client)
        guard let clientID = client.id else { return }
        let input = try store.analyticsInput(clientID: clientID)
        let grid = TimelineGrid.build(
            sessions: input.sessions, tags: input.tags, window: last.map(AnalysisWindow.lastN) ?? .all,
            categories: categories.isEmpty ? nil : Set(categories))
        let plain = ascii || !Self.terminalSpeaksUTF8()
        let text = "Timeline for \(client.code)" + (last.map { ", last \($0) sessions" } ?? "") + "\n"
            + TimelineTextRenderer.render(grid, ascii: plain)
        print(plain ? ASCIIFolding.fold(text) : text, terminator: "")
    }

    /// Block shades need a UTF-8 locale; a C or Latin-1 locale gets the ASCII ramp instead.
    static func terminalSpeaksUTF8(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        let locale = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LC_CTYPE"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
        if locale.isEmpty || locale == "C" || locale == "POSIX" { return locale.isEmpty }
        return locale.lowercased().contains("utf-8") || locale.lowercased().contains("utf8")
    }
}
