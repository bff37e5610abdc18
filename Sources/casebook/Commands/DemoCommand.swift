import ArgumentParser
import CasebookCore
import Foundation

/// `casebook demo PATH [--clients N] [--sessions-per-client N|A-B] [--seed N]`: a fictional
/// caseload to explore, never written over an existing file.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Write a fictional caseload to a new database file.")

    @Argument(help: "The new database file.")
    var path: String

    @Option(name: .long, help: "How many clients.")
    var clients: Int = 12

    @Option(name: .long, help: ArgumentHelp("Sessions per client: a number, or a range such as 20-80 (the default).", valueName: "N or A-B"))
    var sessionsPerClient: String?

    @Option(name: .long, help: "Seed: the same seed always writes the same caseload.")
    var seed: UInt64 = 1

    func run() throws {
        guard (0...5_000).contains(clients) else {
            throw CLIError(message: "--clients must be between 0 and 5000", hint: "e.g. --clients 12")
        }
        let range = try sessionsPerClient.map(Self.parseRange)
        let url = DatabaseLocation.resolve(explicit: path)
        if FileManager.default.fileExists(atPath: url.path) {
            throw CLIError(message: "\(url.path) already exists; nothing was written",
                           hint: "choose a new file name for the demo caseload")
        }
        let summary: DemoWriter.Summary
        do {
            let store = try CaseStore(url: url)
            summary = try DemoWriter.write(
                DemoCaseload.generate(clients: clients, sessionsPerClient: range, seed: seed), to: store)
            // Fold the write-ahead log into the file, so the demo is one self-contained file to copy.
            try store.checkpoint()
            try store.close()
        } catch {
            // The file is ours, made a moment ago: a half-written demo is no use to anyone.
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
            throw error
        }
        print("Wrote \(summary.clients) fictional clients, \(summary.sessions) sessions, \(summary.observations) observations, "
            + "\(summary.episodes) relationship episodes to \(url.path).")
        print("Try: casebook clients --db \(path)")
    }

    static func parseRange(_ text: String) throws -> ClosedRange<Int> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        let bad = CLIError(message: "--sessions-per-client: \"\(text)\" is not a number or a range",
                           hint: "write a number such as 40, or a range such as 20-80 (at most 2000)")
        switch parts.count {
        case 1:
            guard let n = parts[0], (0...2_000).contains(n) else { throw bad }
            return n...n
        case 2:
            guard let a = parts[0], let b = parts[1], 0 <= a, a <= b, b <= 2_000 else { throw bad }
            return a...b
        default:
            throw bad
        }
    }
}
