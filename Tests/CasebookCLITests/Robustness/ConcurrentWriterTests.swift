import CasebookCore
import Foundation
import XCTest

/// The interface and a command-line `note` on the same caseload at once: both get their writes
/// in, and nobody sees "database is locked".
final class ConcurrentWriterTests: CLITestCase {
    func testCommandLineNotesAndAnOpenStoreWriteSideBySide() throws {
        let code = try XCTUnwrap(writeDemo(clients: 2, sessions: "3").first)
        let store = try CaseStore(path: cli.databasePath)
        let client = try store.requireClient(code)
        let before = try store.sessions(clientID: client.id!).count
        let session = try store.createSession(clientID: client.id!)

        nonisolated(unsafe) let runner = cli!
        let rounds = 12
        nonisolated(unsafe) var failures: [String] = []
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            for round in 0..<rounds {
                do {
                    let result = try runner.run(["note", code], stdin: "Command-line note \(round) #humor")
                    if result.status != 0 { failures.append(result.stderr) }
                } catch {
                    failures.append("\(error)")
                }
            }
        }
        var typed = ""
        var saves = 0
        while group.wait(timeout: .now()) == .timedOut || saves < 50 {
            typed += "word \(saves) "
            try store.saveNote(sessionID: session.id!, layer: .process, text: typed, visit: EditingVisit())
            saves += 1
        }
        XCTAssertEqual(failures, [])
        XCTAssertFalse(failures.contains { $0.localizedCaseInsensitiveContains("locked") })
        XCTAssertEqual(try store.sessions(clientID: client.id!).count, before + 1 + rounds)
        XCTAssertEqual(try store.session(id: session.id!)?.processNote, typed)
        try store.close()
        XCTAssertEqual(try cli.run(["check"]).status, 0)
    }
}
