import CasebookCore
import Foundation
import TerminalKit
import XCTest
@testable import CasebookTUI

final class SearchRenderTests: XCTestCase {
    private var fixture: SearchTestStore!
    private var state: SearchState!

    override func setUpWithError() throws {
        fixture = try SearchTestStore()
        state = try SearchScreen.open(store: fixture.store, now: fixture.now)
        fixture.search("lighthouse", in: &state)
    }

    override func tearDown() {
        state = nil
        fixture = nil
    }

    func testResultsAt80x24ShowWhereEachHitIsAndHighlightTheMatch() throws {
        let buffer = fixture.render(state, width: 80, height: 24)
        let lines = buffer.lines
        XCTAssertTrue(lines[0].hasPrefix(" Search lighthouse"), lines[0])
        XCTAssertTrue(lines[1].contains("Client all") && lines[1].contains("4 results"), lines[1])
        XCTAssertTrue(lines.contains { $0.contains("AM-014 Anna Meier") && $0.contains("session 2") && $0.contains("2026-03-09") })
        XCTAssertTrue(lines.contains { $0.contains("BK-002") && $0.contains("evidence · Defense") })
        try assertMatchesHighlighted(buffer, word: "lighthouse")
        XCTAssertTrue(lines.allSatisfy { displayWidth(of: $0) == 80 })
    }

    func testResultsAt120x40AndCodeOnlyHidesNames() throws {
        let buffer = fixture.render(state, width: 120, height: 40, codeOnly: true)
        let lines = buffer.lines
        XCTAssertTrue(lines.contains { $0.contains("AM-014") && $0.contains("record note") })
        XCTAssertFalse(lines.contains { $0.contains("Anna") || $0.contains("Ben Krause") }, "a name shows in code-only mode")
        XCTAssertTrue(lines.contains { $0.contains("Attended. Discussed the LIGHTHOUSE dream") })
        try assertMatchesHighlighted(buffer, word: "lighthouse")
    }

    func testTheSelectedResultIsMarkedOnlyWhenResultsHaveFocus() {
        _ = SearchScreen.update(&state, .key(KeyEvent(.tab)))
        _ = SearchScreen.update(&state, .key(.char("j")))
        let buffer = fixture.render(state, width: 80, height: 24)
        let selection = Theme.builtinDefault.style(for: .selection)
        // Results start on row 3, two rows each: the second hit is rows 5 and 6.
        XCTAssertEqual(buffer[2, 5].style.background, selection.background)
        XCTAssertEqual(buffer[2, 6].style.background, selection.background)
        XCTAssertNotEqual(buffer[2, 3].style.background, selection.background)
        XCTAssertTrue(buffer.lines[5].hasPrefix("▸"))
    }

    func testTheListScrollsToKeepTheSelectedResultInView() throws {
        for week in 0..<14 {
            let session = try fixture.store.createSession(
                clientID: fixture.ben.id!, startedAt: SearchTestStore.day(2026, 4, 1 + week, hour: 15))
            try fixture.store.saveNote(
                sessionID: session.id!, layer: .process, text: "Week \(week): the harbour again.", visit: EditingVisit())
        }
        state = try SearchScreen.open(store: fixture.store, now: fixture.now)
        fixture.search("harbour", in: &state)
        XCTAssertEqual(state.results.count, 14)
        _ = SearchScreen.update(&state, .key(KeyEvent(.tab)))
        _ = SearchScreen.update(&state, .key(.char("G")))
        let lines = fixture.render(state, width: 80, height: 24).lines
        let last = try XCTUnwrap(state.selectedHit)
        let marked = try XCTUnwrap(lines.first { $0.hasPrefix("▸") }, lines.joined(separator: "\n"))
        XCTAssertTrue(marked.contains("session \(last.sessionNumber)"), marked)
        XCTAssertTrue(lines[lines.count - 2].hasPrefix("▸") || lines[lines.count - 3].hasPrefix("▸"), "the last result is not at the bottom")
    }

    func testTheClientPickerNeverShowsNamesWhenRenderedCodeOnly() {
        _ = SearchScreen.update(&state, .key(KeyEvent(.tab)))
        _ = SearchScreen.update(&state, .key(.char("c")))
        let named = fixture.render(state, width: 80, height: 24).lines
        XCTAssertTrue(named.contains { $0.contains("BK-002  Ben Krause") })
        let coded = fixture.render(state, width: 80, height: 24, codeOnly: true).lines
        XCTAssertTrue(coded.contains { $0.contains("BK-002") })
        XCTAssertFalse(coded.contains { $0.contains("Ben") || $0.contains("Anna") })
    }

    /// Every on-screen occurrence of `word` in a snippet row is drawn in the highlight role,
    /// and the rest of that row is not.
    private func assertMatchesHighlighted(_ buffer: Buffer, word: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let highlight = Theme.builtinDefault.style(for: .highlight)
        var checked = 0
        for (y, text) in buffer.lines.enumerated() where y >= 3 && text.hasPrefix("   ") {
            let characters = Array(text.lowercased())
            let needle = Array(word)
            var x = 0
            while x + needle.count <= characters.count {
                if Array(characters[x..<(x + needle.count)]) == needle {
                    for k in x..<(x + needle.count) {
                        XCTAssertEqual(buffer[k, y].style.background, highlight.background, "row \(y) col \(k)", file: file, line: line)
                    }
                    if x > 0 {
                        XCTAssertNotEqual(buffer[x - 1, y].style.background, highlight.background, file: file, line: line)
                    }
                    checked += 1
                    x += needle.count
                } else {
                    x += 1
                }
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 3, "too few highlighted matches on screen", file: file, line: line)
    }
}
