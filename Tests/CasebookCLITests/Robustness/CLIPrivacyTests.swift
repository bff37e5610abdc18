import CasebookCore
import Foundation
import XCTest

/// What the command line prints when things go wrong stays free of names and notes, and a
/// database others can read is pointed out, never silently changed.
final class CLIPrivacyTests: CLITestCase {
    func testDatabaseReadableByOthersIsWarnedAboutAndLeftAsItWas() throws {
        try writeDemo(clients: 1, sessions: "2")
        chmod(cli.databasePath, 0o644)
        let result = try cli.run(["clients"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("warning:") && result.stderr.contains("chmod 600"), result.stderr)
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: cli.databasePath)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o777, 0o644, "the mode is the user's to change")
    }

    func testNewDatabaseFolderAndFileAreOwnerOnly() throws {
        let path = cli.path("fresh/sub/casebook.sqlite")
        let result = try cli.run(["demo", path, "--clients", "1", "--sessions-per-client", "1"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let folderMode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: cli.path("fresh/sub"))[.posixPermissions] as? Int)
        let fileMode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        XCTAssertEqual(folderMode & 0o777, 0o700)
        XCTAssertEqual(fileMode & 0o777, 0o600)
    }

    func testFailingCommandsPrintNoNamesOrNoteText() throws {
        let caseload = DemoCaseload.generate(clients: 3, sessionsPerClient: 4...4, seed: 1)
        try writeDemo(clients: 3, sessions: "4")
        var secrets: [String] = []
        for client in caseload.clients {
            secrets += [client.name] + client.aliases + client.figures.map(\.name).filter { $0.count >= 3 }
            for session in client.sessions {
                secrets += session.processNote.components(separatedBy: CharacterSet(charactersIn: ".!?\n"))
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 24 }
            }
        }
        let notesFile = cli.path("notes.sqlite")
        try Data(caseload.clients[0].sessions[0].processNote.utf8).write(to: URL(fileURLWithPath: notesFile))
        let failing: [([String], String?)] = [
            (["sessions", "ZZ-999"], nil),
            (["note", "ZZ-999"], caseload.clients[0].sessions[0].processNote),
            (["timeline", "NOBODY"], nil),
            (["clients", "--db", notesFile], nil),
            (["check", "--db", notesFile], nil),
            (["backup", cli.databasePath], nil),
            (["search", "x", "--client", "ZZ-999"], nil),
        ]
        for (arguments, input) in failing {
            let result = try cli.run(arguments, stdin: input)
            XCTAssertNotEqual(result.status, 0, "\(arguments) should fail")
            XCTAssertFalse(result.stderr.isEmpty, "\(arguments) says why")
            for secret in secrets where result.stderr.contains(secret) || result.stdout.contains(secret) {
                XCTFail("\(arguments) printed \(secret.debugDescription): \(result.stderr)")
            }
        }
    }
}
