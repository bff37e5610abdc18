import CasebookCore
import Foundation
import XCTest

/// The interface typing into a note while the command line exports, backs up and adds notes to
/// the same database (SPEC §9): everything succeeds, nothing typed is lost, and "database is
/// locked" reaches no one.
final class SideBySideEndToEndTests: EndToEndTestCase {
    func testExportBackupAndNoteSucceedWhileTheInterfaceTypes() throws {
        let caseload = try openDemo(clients: 2, sessions: "3")
        try tmux.send("n")
        try tmux.waitFor("Session 4 ·")
        let open = try XCTUnwrap(try newestSession())
        let typingID = try XCTUnwrap(open.session.id)
        let other = try XCTUnwrap(caseload.clients.first { $0.code != open.code }).code
        let sessionsBefore = try cli(["sessions", other, "--json"])
        let countBefore = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(sessionsBefore.out.utf8)) as? [Any]).count

        // The interface types a word every 40 ms or so on its own thread, for as long as the
        // command line keeps working.
        nonisolated(unsafe) let driver = tmux!
        nonisolated(unsafe) var typed = ""
        nonisolated(unsafe) var typingError: Error?
        let done = DispatchSemaphore(value: 0)
        let stop = NSLock()
        nonisolated(unsafe) var stopping = false
        DispatchQueue.global().async {
            var index = 0
            while stop.withLock({ !stopping }) {
                let word = "Wort\(index)-ü "
                do { try driver.type(word) } catch { typingError = error; break }
                typed += word
                index += 1
                // Faster than anyone types, slow enough for a debug build to keep up.
                Thread.sleep(forTimeInterval: 0.04)
            }
            done.signal()
        }

        var screens: [String] = []
        for round in 1...3 {
            let exportFile = folder.appendingPathComponent("export-\(round).json").path
            let export = try cli(["export", "--format", "json", "--out", exportFile])
            assertClean(export, "export round \(round)")
            screens.append(try tmux.screen())
            let exported = try Data(contentsOf: URL(fileURLWithPath: exportFile))
            XCTAssertNotNil(try? JSONSerialization.jsonObject(with: exported), "export round \(round) wrote invalid JSON")
            XCTAssertTrue(String(decoding: exported, as: UTF8.self).contains(other), "export round \(round) lacks \(other)")

            let backupFile = folder.appendingPathComponent("backup-\(round).sqlite").path
            let backup = try cli(["backup", backupFile])
            assertClean(backup, "backup round \(round)")
            screens.append(try tmux.screen())
            assertClean(try cli(["check"], database: backupFile), "check of backup round \(round)")

            let note = try cli(["note", other], stdin: "Runde \(round) von der Kommandozeile: Zoë erzählte müde #humor")
            assertClean(note, "note round \(round)")
            XCTAssertTrue(note.out.contains("Session"), "note round \(round) said: \(note.out)")
            screens.append(try tmux.screen())
        }
        stop.withLock { stopping = true }
        done.wait()
        XCTAssertNil(typingError)
        screens.append(try tmux.screen())

        for screen in screens {
            for word in ["locked", "busy", "failed", "not saved"] {
                XCTAssertFalse(screen.localizedCaseInsensitiveContains(word), "the interface showed:\n\(screen)")
            }
        }
        try waitUntilSaved(typed, sessionID: typingID)
        XCTAssertTrue(try appIsAlive())
        let sessionsAfter = try cli(["sessions", other, "--json"])
        let countAfter = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(sessionsAfter.out.utf8)) as? [Any]).count
        XCTAssertEqual(countAfter, countBefore + 3, "not every command-line note was kept")
        let search = try cli(["search", "Kommandozeile", "--json"])
        XCTAssertTrue(search.out.contains(other), search.out)
        try quitFromSession()
        Thread.sleep(forTimeInterval: 0.5)
        assertClean(try cli(["check"]), "check after quitting")
    }

    private func assertClean(_ result: CLIResult, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, 0, "\(what) failed: \(result.err)", file: file, line: line)
        XCTAssertFalse(result.err.localizedCaseInsensitiveContains("locked"), "\(what): \(result.err)", file: file, line: line)
        XCTAssertFalse(result.err.localizedCaseInsensitiveContains("busy"), "\(what): \(result.err)", file: file, line: line)
    }
}
