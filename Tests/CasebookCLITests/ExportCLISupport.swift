import Foundation
import XCTest
import CasebookCore

/// Runs the built `casebook` binary as a user would, against a database in a temporary folder.
final class CLISandbox {
    let folder: URL
    var database: String { folder.appendingPathComponent("casebook.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static var binary: URL {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [runner, runner.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("casebook")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/casebook")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["CASEBOOK_DB"] = database
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A few demo clients written through the store, so notes carry inline observations.
    @discardableResult
    func writeDemo(clients: Int = 3) throws -> DemoCaseload {
        let caseload = DemoCaseload.generate(clients: clients, sessionsPerClient: 5...7, seed: 11)
        let store = try CaseStore(path: database)
        for theme in DemoCaseload.themes {
            _ = try store.addTag(category: theme.category, name: theme.name, slug: theme.slug, description: theme.description)
        }
        for demo in caseload.clients {
            let client = try store.createClient(
                Client(
                    code: demo.code, name: demo.name, aliases: demo.aliases, birthYear: demo.birthYear,
                    intakeDate: demo.intakeDate, frequency: demo.frequency, presentingConcerns: demo.presentingConcerns,
                    supervisionQuestions: demo.supervisionQuestions + "\nWhy does Tibor keep coming up?"))
            for figure in demo.figures {
                _ = try store.addFigure(clientID: client.id!, role: figure.role, name: figure.name)
            }
            for demoSession in demo.sessions {
                let session = try store.createSession(clientID: client.id!, startedAt: demoSession.date)
                _ = try store.saveNote(sessionID: session.id!, layer: .process, text: demoSession.processNote, visit: EditingVisit())
                if demoSession.flaggedForSupervision || demoSession.number == 2 {
                    var flagged = try store.session(id: session.id!)!
                    flagged.flaggedForSupervision = true
                    _ = try store.updateSessionMetadata(flagged)
                }
            }
        }
        try store.close()
        return caseload
    }

    func disclosures() throws -> [[String: Any]] {
        let result = try run(["disclosures", "--json"])
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
    }
}

func names(of caseload: DemoCaseload) -> [String] {
    caseload.clients.flatMap { [$0.name] + $0.aliases + $0.figures.map(\.name) }.filter { !$0.isEmpty }
}

/// Case- and diacritic-folded containment, the way a reader would still recognise a name.
func containsName(_ text: String, _ name: String) -> Bool {
    let fold = { (value: String) in value.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
    return fold(text).contains(fold(name))
}
