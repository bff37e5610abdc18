import CasebookCore
import Foundation
import XCTest

/// Resize storms and terminals from 1×1 to 400×120 (SPEC §9): no crash, the open note drawn
/// again, and the work intact and saved.
final class ResizeStormEndToEndTests: EndToEndTestCase {
    static let edgeSizes = [(1, 1), (2, 1), (10, 3), (59, 15), (80, 24), (400, 120)]

    func testAHundredResizesInASecondKeepTheOpenNoteDrawnAndSaved() throws {
        let seed = SeededGenerator.seedFromEnvironment()
        print("resize storm: seed \(seed) (replay with CASEBOOK_E2E_SEED=\(seed))")
        var random = SeededGenerator(seed: seed)
        try openDemo(clients: 1, sessions: "2", width: 100, height: 30)
        try tmux.send("n")
        try tmux.waitFor("Session 3 ·")
        let id = try XCTUnwrap(try newestSession()?.session.id)
        let before = "Vor dem Sturm sprach Zoë über Übergänge #humor und lächelte. "
        try tmux.type(before)
        try waitUntilSaved(before, sessionID: id)
        Thread.sleep(forTimeInterval: 0.3)
        let calm = try tmux.screen()

        var sizes = Self.edgeSizes
        while sizes.count < 100 {
            sizes.append((Int.random(in: 1...400, using: &random), Int.random(in: 1...120, using: &random)))
        }
        sizes.shuffle(using: &random)
        for (width, height) in sizes {
            try tmux.resize(width: width, height: height)
            Thread.sleep(forTimeInterval: 0.005)
        }
        try tmux.resize(width: 100, height: 30)

        XCTAssertTrue(try appIsAlive(), "casebook died in the resize storm (seed \(seed))")
        // The last resize may still be on its way in; the screen must settle to what it was.
        var screen = try tmux.waitFor("Vor dem Sturm sprach Zoë")
        let deadline = Date().addingTimeInterval(5)
        while Self.withoutClocks(screen) != Self.withoutClocks(calm), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            screen = try tmux.screen()
        }
        XCTAssertEqual(Self.withoutClocks(screen), Self.withoutClocks(calm), "the screen after the storm differs from before it (seed \(seed))")
        XCTAssertTrue(screen.contains("Session 3 ·"), screen)
        assertFits(screen, width: 100, height: 30)
        let after = "Nach dem Sturm weiter. "
        try tmux.type(after)
        try tmux.waitFor("Nach dem Sturm weiter")
        try waitUntilSaved(before + after, sessionID: id)
    }

    func testStartingAtOneByOneSurvivesAndDrawsOnceTheTerminalGrows() throws {
        try writeDemo(clients: 2, sessions: "2")
        try openApp(width: 1, height: 1)
        Thread.sleep(forTimeInterval: 1)
        XCTAssertTrue(try appIsAlive(), "casebook died in a 1×1 terminal")
        try tmux.resize(width: 59, height: 15)
        try tmux.waitFor("at least 60×16")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor(Self.demoCaseload(clients: 2, sessions: "2").clients[0].code)
    }

    func testAFourHundredByOneHundredTwentyTerminalDrawsAndSavesANote() throws {
        let caseload = try openDemo(clients: 2, sessions: "2", width: 400, height: 120)
        let screen = try tmux.screen()
        assertFits(screen, width: 400, height: 120)
        XCTAssertTrue(screen.contains(caseload.clients[1].code), screen)
        try tmux.send("n")
        try tmux.waitFor("Session 3 ·")
        let id = try XCTUnwrap(try newestSession()?.session.id)
        let text = "Auf dem großen Schirm schrieb sie über Übergänge #humor und das Café. "
        try tmux.type(text)
        try tmux.waitFor("Auf dem großen Schirm")
        try waitUntilSaved(text, sessionID: id)
    }

    /// The screen without its two clock rows (the session header's elapsed time and the status
    /// line's save time), which move on between two captures.
    static func withoutClocks(_ screen: String) -> [Substring] {
        var rows = screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        guard rows.count > 2 else { return Array(rows) }
        rows.remove(at: rows.count - 2)
        return Array(rows.dropFirst())
    }

    /// The pane holds exactly `height` rows of at most `width` columns.
    private func assertFits(_ screen: String, width: Int, height: Int, file: StaticString = #filePath, line: UInt = #line) {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(rows.count, height, file: file, line: line)
        for row in rows { XCTAssertLessThanOrEqual(row.count, width, String(row), file: file, line: line) }
    }
}
