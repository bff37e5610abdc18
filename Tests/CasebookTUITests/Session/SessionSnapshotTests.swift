import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

final class SessionSnapshotTests: XCTestCase {
    let note = "She said nobody ever waits for her #humor and #zzz-unknown."

    func testHeaderShowsCodeSessionDateLayerAndClockAt80x24() throws {
        let h = try SessionHarness(note: note)
        h.tick(12 * 60 + 4)
        let lines = h.screen(width: 80, height: 24)
        XCTAssertEqual(lines.count, 24)
        let header = lines[0]
        XCTAssertTrue(header.hasPrefix(" AM-014 · Session 1 · \(SessionFormat.dateTime(SessionHarness.start)) · PROCESS"), header)
        XCTAssertTrue(header.hasSuffix("12:04 / 50:00 "), header)
        XCTAssertFalse(header.contains("Zoë"), "codeOnly still showed the name")
        XCTAssertTrue(lines[1].contains("She said nobody ever waits for her #humor"), lines[1])
        h.key(.ctrl("t"))
        XCTAssertTrue(h.screen()[0].contains("RECORD"))
    }

    func testNameShownWhenNotCodeOnly() throws {
        let h = try SessionHarness()
        XCTAssertTrue(h.screen(codeOnly: false)[0].contains("Zoë Åkesson-Ngũgĩ"))
    }

    func testClockTurnsToWarningAfterFiftyMinutes() throws {
        let h = try SessionHarness()
        let theme = Theme.builtinDefault
        h.tick(49 * 60)
        var buffer = h.render(width: 80, height: 24, theme: theme).buffer
        let clockX = 80 - " 49:00 / 50:00 ".count + 1
        XCTAssertNotEqual(buffer.styleAt(x: clockX, y: 0), theme.style(for: .status).patched(with: theme.style(for: .warning)))
        h.tick(2 * 60)
        buffer = h.render(width: 80, height: 24, theme: theme).buffer
        XCTAssertTrue(buffer.lines[0].hasSuffix("51:00 / 50:00 "))
        XCTAssertEqual(buffer.styleAt(x: clockX, y: 0), theme.style(for: .status).patched(with: theme.style(for: .warning)))
    }

    func testInlineTagsAreDrawnInTheirCategoryColourAndUnknownOnesMarked() throws {
        let h = try SessionHarness(note: note)
        let theme = Theme.builtinDefault
        let buffer = h.render(width: 120, height: 40, theme: theme).buffer
        let row = buffer.lines[1]
        let base = theme.style(for: .background).patched(with: theme.style(for: .text))
        func column(of word: String) throws -> Int {
            let range = try XCTUnwrap(row.range(of: word))
            return row.distance(from: row.startIndex, to: range.lowerBound)
        }
        let humor = try column(of: "#humor")
        for x in humor..<(humor + 6) {
            XCTAssertEqual(buffer.styleAt(x: x, y: 1), base.patched(with: theme.style(for: .tagDefense)), "column \(x)")
        }
        XCTAssertEqual(buffer.styleAt(x: humor - 2, y: 1), base, "text before the tag is highlighted")
        let unknown = try column(of: "#zzz-unknown")
        XCTAssertEqual(buffer.styleAt(x: unknown + 1, y: 1), base.patched(with: theme.style(for: .tagUnknown)))
        XCTAssertNotEqual(theme.style(for: .tagDefense), theme.style(for: .tagUnknown))
    }

    func testObservationsPaneIsBelowAt80AndBesideAt120() throws {
        let h = try SessionHarness(note: note)
        h.type(" ")
        h.tick(1)
        let narrow = h.screen(width: 80, height: 24)
        let titleRow = try XCTUnwrap(narrow.firstIndex { $0.contains("Observations (1)") })
        XCTAssertGreaterThan(titleRow, 5, "pane not below the note")
        XCTAssertTrue(narrow[titleRow].hasPrefix("─"))
        XCTAssertTrue(narrow[titleRow + 1].contains("defense"), narrow[titleRow + 1])
        XCTAssertTrue(narrow[titleRow + 1].contains("Humor"))
        XCTAssertTrue(narrow[titleRow + 1].contains("●●○"))
        XCTAssertTrue(narrow[titleRow + 1].contains("inline"))
        XCTAssertTrue(narrow.contains { $0.contains("unknown: #zzz-unknown") })

        let wide = h.screen(width: 120, height: 40)
        XCTAssertTrue(wide[1].contains("Observations (1)"), wide[1])
        let separator = try XCTUnwrap(wide[1].firstIndex(of: "│"))
        let column = wide[1].distance(from: wide[1].startIndex, to: separator)
        XCTAssertGreaterThanOrEqual(column, 70)
        XCTAssertTrue(wide[1].hasPrefix(" She said nobody"), wide[1])
        XCTAssertTrue(wide[2].contains("Humor · defense"), wide[2])
        XCTAssertTrue(wide[3].contains("“She said nobody ever waits for her"), wide[3])
        XCTAssertEqual(wide.count, 40)
    }

    func testCompletionPopupIsDrawnUnderTheCursor() throws {
        let h = try SessionHarness()
        h.type("A joke #hum")
        let (buffer, cursor) = h.render(width: 80, height: 24)
        let at = try XCTUnwrap(cursor)
        XCTAssertEqual(at.y, 1)
        XCTAssertTrue(buffer.lines[at.y + 2].contains("#hum") || buffer.lines[at.y + 2].contains("hum"), buffer.lines.joined(separator: "\n"))
        XCTAssertTrue(buffer.lines[(at.y + 1)...(at.y + 5)].contains { $0.contains("humor") })
    }

    func testObservationKeysOnlyHintsDependOnFocus() throws {
        let h = try SessionHarness()
        XCTAssertTrue(SessionScreen.keyHints(h.state).contains { $0.key == "Ctrl-T" })
        h.key(.tab)
        XCTAssertTrue(SessionScreen.keyHints(h.state).contains { $0.label == "remove" })
        XCTAssertFalse(SessionScreen.actions.isEmpty)
    }
}
