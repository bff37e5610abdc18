import ArgumentParser
import CasebookCore
import CasebookTUI
import Foundation

/// `casebook bench [--scale small|career] [--json] [--runs N]`: times the operations of SPEC §8 on a
/// fictional caseload cached between runs, against floors measured with `sqlite3` and `rg`.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure performance on a fictional caseload (use a release build).")

    @Option(name: .long, help: "small (20 clients × 40 sessions) or career (1,000 clients, 36,000 sessions).")
    var scale: String = "small"

    @Option(name: .long, help: "Runs per operation (default: 30, fewer for the slow ones).")
    var runs: Int?

    @Flag(name: .long, help: "Print the results as JSON.")
    var json = false

    func run() throws {
        guard let chosen = BenchScale(rawValue: scale.lowercased()) else {
            throw CLIError(message: "--scale must be small or career, not \"\(scale)\"", hint: "e.g. --scale career")
        }
        if let runs, !(1...10_000).contains(runs) {
            throw CLIError(message: "--runs must be between 1 and 10000", hint: "e.g. --runs 30")
        }
        // Progress goes to stderr so `--json` output stays parseable.
        let say: (String) -> Void = { StandardError.write($0) }
        let folder = BenchCaseload.folder()
        let caseload = try BenchCaseload.prepare(chosen, in: folder, progress: say)
        if let seconds = caseload.generationSeconds {
            say("generated in \(String(format: "%.1f", seconds)) s")
        }
        say("caseload: \(caseload.database.path)")
        let runner = BenchRunner(caseload: caseload, runs: runs, executable: Self.executable(), progress: say)
        let result = try runner.run()
        if json {
            print(try BenchReport.json(result))
        } else {
            print("casebook bench --scale \(chosen.rawValue)  (caseload cached at \(caseload.database.path))")
            print(BenchReport.table(result), terminator: "")
        }
    }

    /// This very binary, for the first-frame measurement.
    private static func executable() -> URL? {
        let linked = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first
        return linked.map { URL(fileURLWithPath: $0) }
    }
}
