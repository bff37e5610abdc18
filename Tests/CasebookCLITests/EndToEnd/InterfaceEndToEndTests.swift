import CasebookCore
import Foundation
import XCTest

/// The real binary under tmux: what a clinician types and what the screen shows.
final class InterfaceEndToEndTests: EndToEndTestCase {
    /// Adds a client through the form and opens a new session for it, ready to type.
    private func addClientAndStartSession(code: String, name: String) throws {
        try tmux.waitFor("add your first client")
        try tmux.send("a")
        try tmux.waitFor("New client")
        try tmux.type(code)
        try tmux.send("Tab")
        try tmux.type(name)
        try tmux.send("Enter")
        try tmux.waitFor("Added \(code)")
        try tmux.send("n")
        try tmux.waitFor("Session 1")
    }

    func testClientNoteWithTagsAndAccentsIsSavedFoundAndShownAgain() throws {
        try openApp()
        try addClientAndStartSession(code: "TT-100", name: "Théa Ünsworth")
        try tmux.type("Sie sagte, niemand warte auf sie und lachte es weg #humor? Dann Stille #isolation-of-affects!")
        try tmux.waitFor("Saved")
        try tmux.escape()
        try tmux.send("q")
        try tmux.waitFor("Last session")
        try tmux.send("q")
        Thread.sleep(forTimeInterval: 0.5)
        tmux.stop()

        let search = try cli(["search", "warte", "--json"])
        XCTAssertEqual(search.status, 0)
        XCTAssertTrue(search.out.contains("TT-100"), search.out)
        let sessions = try cli(["sessions", "TT-100", "--json"])
        XCTAssertTrue(sessions.out.contains("isolation-of-affects"), sessions.out)
        XCTAssertTrue(sessions.out.contains("\"humor\""), sessions.out)

        tmux = TmuxDriver()
        try openApp(width: 120, height: 40)
        try tmux.waitFor("TT-100")
        try tmux.send("Enter")
        try tmux.waitFor("Sessions")
        try tmux.send("Enter")
        try tmux.waitFor("niemand warte auf sie")
    }

    func testPrivacyKeyHidesEveryNameAndCodeAndBringsTheWorkBack() throws {
        try openDemo(clients: 12, width: 120, height: 40)
        let before = try tmux.waitFor("ZB-001")
        for key in ["F12", "C-g"] {
            try tmux.send(key)
            Thread.sleep(forTimeInterval: 0.5)
            let hidden = try tmux.screen()
            for client in DemoCaseload.generate().clients {
                XCTAssertFalse(hidden.contains(client.code), "\(key) left the code \(client.code) on screen")
                for part in client.name.split(separator: " ") where part.count > 2 {
                    XCTAssertFalse(hidden.contains(part), "\(key) left a name on screen")
                }
            }
            try tmux.send(key)
            let back = try tmux.waitFor("ZB-001")
            XCTAssertEqual(back, before.replacingOccurrences(of: Self.clock(in: before), with: Self.clock(in: back)))
        }
    }

    func testResizeBelowTheMinimumShowsAMessageAndBackKeepsTheSelection() throws {
        try openDemo(clients: 6)
        try tmux.send("j", "j")
        Thread.sleep(forTimeInterval: 0.3)
        let selected = try tmux.screen()
        try tmux.resize(width: 59, height: 15)
        try tmux.waitFor("at least 60×16")
        try tmux.resize(width: 60, height: 16)
        try tmux.waitFor("Clients")
        try tmux.resize(width: 80, height: 24)
        Thread.sleep(forTimeInterval: 0.5)
        let back = try tmux.screen()
        XCTAssertEqual(back, selected.replacingOccurrences(of: Self.clock(in: selected), with: Self.clock(in: back)))
    }

    func testKillNineWhileTypingLosesAtMostTheLastSecond() throws {
        try openApp()
        try addClientAndStartSession(code: "KK-001", name: "Kai Kestrel")
        try tmux.type("Erste Zeile mit Wort zebraquartz. ")
        Thread.sleep(forTimeInterval: 1.6)
        try tmux.type("und danach noch mehr")
        guard let pid = try tmux.casebookPID() else { return XCTFail("casebook is not running") }
        kill(pid, SIGKILL)
        Thread.sleep(forTimeInterval: 0.3)
        tmux.stop()
        let found = try cli(["search", "zebraquartz", "--json"])
        XCTAssertTrue(found.out.contains("KK-001"), "text typed 1.6 s before the kill was lost: \(found.out)")
        let check = try cli(["check"])
        XCTAssertEqual(check.status, 0, "the database does not pass check after kill -9")
    }

    func testTimelineCursorOnACellShowsItsEvidence() throws {
        try openApp()
        try addClientAndStartSession(code: "TL-001", name: "Tove Lindqvist")
        try tmux.type("Sie wartete vergeblich am Bahnhof und lachte darüber #humor!")
        try tmux.waitFor("Saved")
        try tmux.escape()
        try tmux.send("q")
        try tmux.waitFor("Last session")
        try tmux.send("Enter")
        try tmux.waitFor("Sessions")
        try tmux.send("6")
        try tmux.waitFor("Enter opens it")
        try tmux.send("Enter")
        try tmux.waitFor("Humor")
        try tmux.send("j")
        try tmux.waitFor("Sie wartete vergeblich am Bahnhof")
    }

    func testEditorRoundTripGoesThroughTheSavePath() throws {
        let script = folder.appendingPathComponent("fake-editor.sh")
        try "#!/bin/sh\nprintf '\\nZusatz aus dem Editor #humor\\n' >> \"$1\"\n".write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)
        try tmux.start(["--db", db], width: 80, height: 24,
                       environment: environment().merging(["EDITOR": script.path, "VISUAL": ""]) { $1 })
        try addClientAndStartSession(code: "ED-001", name: "Edda Dahl")
        try tmux.type("Erste Zeile im Editor.")
        try tmux.waitFor("Saved")
        try tmux.escape()
        try tmux.send("e")
        try tmux.waitFor("Zusatz aus dem Editor")
        Thread.sleep(forTimeInterval: 1.5)
        try tmux.send("q")
        try tmux.waitFor("Last session")
        tmux.stop()
        let found = try cli(["search", "Zusatz", "--json"])
        XCTAssertTrue(found.out.contains("ED-001"), found.out)
        let sessions = try cli(["sessions", "ED-001", "--json"])
        XCTAssertTrue(sessions.out.contains("\"humor\""), "the tag written in $EDITOR did not become an observation: \(sessions.out)")
    }

    func testCodeOnlyKeyHidesEveryNameAndIsRemembered() throws {
        try openDemo(clients: 12, width: 120, height: 40)
        try tmux.waitFor("Zoë")
        try tmux.send("C-o")
        let hidden = try tmux.waitFor("codes only")
        for client in DemoCaseload.generate().clients {
            XCTAssertTrue(hidden.contains(client.code), "code-only hid the code \(client.code)")
            for part in client.name.split(separator: " ") where part.count > 2 {
                XCTAssertFalse(hidden.contains(part), "code-only left a name on screen")
            }
        }
        try tmux.send("q")
        Thread.sleep(forTimeInterval: 0.5)
        tmux.stop()
        tmux = TmuxDriver()
        try openApp(width: 120, height: 40)
        let again = try tmux.waitFor("codes only")
        XCTAssertFalse(again.contains("Zoë"), "code-only was not remembered")
    }

    func testSearchFromTheInterfaceOpensTheSessionOfAHit() throws {
        try openDemo(clients: 4, width: 120, height: 40)
        try tmux.send("/")
        try tmux.waitFor("Search")
        try tmux.type("mother")
        try tmux.waitFor("results")
        try tmux.send("Tab")
        try tmux.send("Enter")
        let session = try tmux.waitFor("PROCESS")
        XCTAssertTrue(session.lowercased().contains("mother"), session)
    }

    func testMergeInTheCodebookMovesTheObservations() throws {
        try openApp()
        try addClientAndStartSession(code: "MG-001", name: "Mira Gold")
        try tmux.type("Sie sprach vom Verlassenwerden #verlassen und wieder #verlassen!")
        try tmux.waitFor("Saved")
        try tmux.escape()
        try tmux.send("q")
        try tmux.waitFor("Last session")
        tmux.stop()
        XCTAssertEqual(try cli(["codebook", "--add", "verlassen", "--name", "Verlassen"]).status, 0)
        XCTAssertEqual(try cli(["codebook", "--add", "abandonment", "--name", "Abandonment"]).status, 0)
        tmux = TmuxDriver()
        try openApp(width: 120, height: 40)
        try tmux.waitFor("MG-001")
        try tmux.send(":")
        try tmux.type("codebook")
        try tmux.send("Enter")
        try tmux.waitFor("Categories")
        try tmux.send("l")
        try tmux.send("G")
        try tmux.waitFor("Verlassen")
        try tmux.send("m")
        try tmux.type("Abandonment")
        try tmux.send("Enter")
        try tmux.waitFor("2 observations")
        try tmux.send("y")
        Thread.sleep(forTimeInterval: 0.5)
        tmux.stop()
        let sessions = try cli(["sessions", "MG-001", "--json"])
        XCTAssertTrue(sessions.out.contains("\"abandonment\""), sessions.out)
    }

    func testIdleLockCoversTheScreenAndAKeyBringsItBack() throws {
        let config = folder.appendingPathComponent("config/casebook")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "idle_lock_minutes = 1\n".write(to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        try openDemo(clients: 4)
        let before = try tmux.waitFor("Clients")
        let code = DemoCaseload.generate(clients: 4).clients[0].code
        XCTAssertTrue(before.contains(code))
        let locked = try tmux.waitFor("locked", timeout: 75)
        XCTAssertFalse(locked.contains(code), "the lock screen shows a client code")
        try tmux.send("x")
        try tmux.waitFor(code)
    }

    /// The status line's clock (HH:MM), which may tick between two captures.
    static func clock(in screen: String) -> String {
        let pattern = try! NSRegularExpression(pattern: "[0-2][0-9]:[0-5][0-9]\\s*$", options: [.anchorsMatchLines])
        let range = NSRange(screen.startIndex..., in: screen)
        guard let match = pattern.firstMatch(in: screen, range: range), let r = Range(match.range, in: screen) else { return "" }
        return String(screen[r]).trimmingCharacters(in: .whitespaces)
    }
}
