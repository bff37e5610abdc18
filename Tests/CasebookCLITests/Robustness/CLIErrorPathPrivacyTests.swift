import CasebookCore
import Foundation
import XCTest

/// Every command's error paths, and a crash, grepped for the demo caseload: no name, alias,
/// figure, line of a note or client code may reach stderr (or stdout) unless the person typed
/// it into that very command line or file. Codes are pseudonyms, but an error must not volunteer
/// one the command was not given.
final class CLIErrorPathPrivacyTests: CLITestCase {
    private var caseload: DemoCaseload!
    private var secrets: [String] = []
    private var codes: [String] = []

    override func setUpWithError() throws {
        try super.setUpWithError()
        codes = try writeDemo(clients: 3, sessions: "4")
        caseload = DemoCaseload.generate(clients: 3, sessionsPerClient: 4...4, seed: 1)
        XCTAssertEqual(caseload.clients.map(\.code).sorted(), codes.sorted(), "the demo command writes this caseload")
        for client in caseload.clients {
            secrets += [client.name] + client.aliases + client.figures.map(\.name).filter { $0.count >= 3 }
            secrets += client.name.split(separator: " ").map(String.init).filter { $0.count >= 4 }
            for session in client.sessions {
                for note in [session.processNote, session.recordNote] {
                    secrets += note.components(separatedBy: CharacterSet(charactersIn: ".!?\n"))
                        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 24 }
                }
            }
        }
        secrets = Array(Set(secrets))
        XCTAssertGreaterThan(secrets.count, 30)
    }

    /// Fails on any secret in the output that the command was not handed itself.
    private func assertQuiet(_ result: CLIRunner.Result, _ arguments: [String], given: String = "",
                             file: StaticString = #filePath, line: UInt = #line) {
        let typed = arguments.joined(separator: " ") + "\n" + given
        let output = result.stderr + "\n" + result.stdout
        for secret in secrets where output.contains(secret) && !typed.contains(secret) {
            XCTFail("\(arguments) printed \(secret.debugDescription): \(result.stderr.prefix(400))", file: file, line: line)
        }
        for code in codes where output.contains(code) && !typed.lowercased().contains(code.lowercased()) {
            XCTFail("\(arguments) volunteered the code \(code): \(result.stderr.prefix(400))", file: file, line: line)
        }
    }

    private func assertFailsQuietly(_ arguments: [String], stdin: String? = nil, given: String = "",
                                    file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try cli.run(arguments, stdin: stdin)
        XCTAssertNotEqual(result.status, 0, "\(arguments) should fail", file: file, line: line)
        XCTAssertFalse(result.stderr.isEmpty, "\(arguments) says why", file: file, line: line)
        assertQuiet(result, arguments, given: (stdin ?? "") + given, file: file, line: line)
    }

    func testBadClientReferencesInEveryCommandNameNoOne() throws {
        let note = caseload.clients[0].sessions[0].processNote
        for reference in ["ZZ-999", "999999", "0", "-1", "#1", "", "a b", "%", String(repeating: "x", count: 300)] {
            try assertFailsQuietly(["sessions", reference])
            try assertFailsQuietly(["timeline", reference])
            try assertFailsQuietly(["patterns", reference])
            try assertFailsQuietly(["brief", reference])
            try assertFailsQuietly(["export", reference, "--format", "json"])
            try assertFailsQuietly(["search", "mother", "--client", reference])
            try assertFailsQuietly(["note", reference], stdin: note)
        }
        try assertFailsQuietly(["export", "--format", "nope"])
        try assertFailsQuietly(["search", "mother", "--category", "nope"])
        try assertFailsQuietly(["codebook", "--add", "Not A Slug!"])
        try assertFailsQuietly(["disclosures", "--client", "ZZ-999"])
        try assertFailsQuietly(["bench", "--scale", "galactic"])
    }

    func testBadFilesNameNoOne() throws {
        let code = codes[0]
        let noteFile = cli.path("note.txt")
        let note = caseload.clients[0].sessions[0].processNote
        try Data(note.utf8).write(to: URL(fileURLWithPath: noteFile))
        try assertFailsQuietly(["import", noteFile])
        try assertFailsQuietly(["import", cli.path("missing.json")])
        try assertFailsQuietly(["themes", "--check", noteFile])
        try assertFailsQuietly(["themes", "--check", cli.path("missing.toml")])
        try assertFailsQuietly(["backup", cli.databasePath])
        try assertFailsQuietly(["backup", cli.path("no/such/folder/backup.sqlite")])
        try assertFailsQuietly(["export", code, "--format", "md", "--out", cli.path("no/such/folder/x.md")])
        try assertFailsQuietly(["brief", code, "--out", cli.path("no/such/folder/brief.md")])
        try assertFailsQuietly(["note", code], stdin: "Before\u{0}" + note)
        // Binary on stdin: not UTF-8.
        let binary = try cli.run(["note", code], input: Data([0xFF, 0xFE]) + Data(note.utf8))
        XCTAssertNotEqual(binary.status, 0)
        assertQuiet(binary, ["note", code], given: note)
    }

    func testFailedImportsOfFilesFullOfNamesNameNoOne() throws {
        let exported = cli.path("caseload.json")
        XCTAssertEqual(try cli.run(["export", "--format", "json", "--out", exported]).status, 0)
        let json = try String(contentsOfFile: exported, encoding: .utf8)
        // Into the same database: every client is a conflict, reported by code only. The codes are
        // in the file the person gave, so naming them is fine; their names and notes are not.
        let again = try cli.run(["import", exported])
        XCTAssertNotEqual(again.status, 0)
        XCTAssertTrue(again.stderr.contains("already exists"), again.stderr)
        assertQuiet(again, ["import", exported], given: codes.joined(separator: " "))

        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var clients = object["clients"] as! [[String: Any]]
        for index in clients.indices {
            clients[index]["code"] = "NEW-\(index)"
            var sessions = clients[index]["sessions"] as! [[String: Any]]
            sessions[0]["attendance"] = clients[index]["name"]
            sessions[1]["started_at"] = clients[index]["name"]
            sessions[2]["number"] = clients[index]["name"]
            clients[index]["sessions"] = sessions
        }
        object["clients"] = clients
        let broken = cli.path("broken.json")
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: broken))
        try assertFailsQuietly(["import", broken])

        let truncated = cli.path("truncated.json")
        let cut = try XCTUnwrap(json.range(of: caseload.clients[0].name)).upperBound
        try Data(json[..<cut].utf8).write(to: URL(fileURLWithPath: truncated))
        try assertFailsQuietly(["import", truncated])

        let badBytes = cli.path("bad-bytes.json")
        var bytes = Array(json.utf8)
        let at = try XCTUnwrap(json.range(of: caseload.clients[1].name)).lowerBound.utf16Offset(in: json)
        bytes.insert(0xFF, at: at)
        try Data(bytes).write(to: URL(fileURLWithPath: badBytes))
        try assertFailsQuietly(["import", badBytes])
    }

    func testRefusedDatabasesNameNoOne() throws {
        let commands: [[String]] = [["clients"], ["sessions", codes[0]], ["search", "mother"], ["check"], ["export", "--format", "json"]]
        let noteFile = cli.path("notes.sqlite")
        try Data(caseload.clients[0].sessions[1].processNote.utf8).write(to: URL(fileURLWithPath: noteFile))
        let truncated = cli.path("truncated.sqlite")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: cli.databasePath))
        try bytes.prefix(bytes.count / 3).write(to: URL(fileURLWithPath: truncated))
        for database in [noteFile, truncated] {
            for command in commands {
                try assertFailsQuietly(command + ["--db", database])
            }
        }
        // A database that does not exist yet: some commands create it, none may name anyone.
        for command in commands {
            let arguments = command + ["--db", cli.path("missing/casebook.sqlite")]
            assertQuiet(try cli.run(arguments), arguments)
        }
    }

    /// A crash while a note is in memory: Swift's backtracer would print the bytes registers
    /// point at, which held the client's name. Sent as SIGSEGV to `note` waiting on stdin.
    func testCrashWhileReadingANotePrintsNoNoteText() throws {
        let code = codes[0]
        let client = caseload.clients[0]
        let note = "\(client.name) said the lighthouse keeper was \(client.figures.first?.name ?? "her mother"). "
            + client.sessions[0].processNote
        let process = Process()
        process.executableURL = cli.binary
        process.arguments = ["note", code]
        var environment = ProcessInfo.processInfo.environment
        environment["CASEBOOK_DB"] = cli.databasePath
        environment["HOME"] = cli.folder.path
        environment.removeValue(forKey: "CASEBOOK_CRASH_BACKTRACE")
        process.environment = environment
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        input.fileHandleForWriting.write(Data(note.utf8))
        // The note is read into memory while the process waits for the end of input.
        Thread.sleep(forTimeInterval: 1)
        kill(process.processIdentifier, SIGSEGV)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertEqual(process.terminationStatus, SIGSEGV)
        XCTAssertTrue(stderr.contains("casebook crashed"), stderr)
        for secret in secrets + [client.name] where stderr.contains(secret) {
            XCTFail("crash output holds \(secret.debugDescription): \(stderr)")
        }
        XCTAssertFalse(stderr.contains("lighthouse"), stderr)
        XCTAssertEqual(try cli.run(["sessions", code, "--json"]).stdout.components(separatedBy: "\"number\"").count - 1, 4,
                       "nothing half-saved")
    }
}
