import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

final class SessionViewportTests: XCTestCase {
    func testDownMovesByWrappedRowsAsDrawnNotByParagraph() throws {
        let paragraph = Array(repeating: "She spoke of the house by the sea and the winters there.", count: 6).joined(separator: " ")
        let h = try SessionHarness(note: paragraph)
        h.key(KeyEvent(.home, modifiers: .ctrl))
        XCTAssertEqual(h.state.process.editor.cursorScalarOffset, 0)
        h.key(.down)
        let offset = h.state.process.editor.cursorScalarOffset
        XCTAssertGreaterThan(offset, 40)
        XCTAssertLessThan(offset, 80, "Down jumped past the first screen row (to \(offset))")
    }

    func testScrollStaysPutWhenMovingBackUpWithinTheScreen() throws {
        let note = (1...100).map { "Line \($0)" }.joined(separator: "\n")
        let h = try SessionHarness(note: note)
        h.key(KeyEvent(.end, modifiers: .ctrl))
        var lines = h.screen(width: 80, height: 24)
        XCTAssertTrue(lines.contains { $0.contains("Line 100") })
        let top = try XCTUnwrap(lines.dropFirst().first)
        for _ in 0..<5 { h.key(.up) }
        lines = h.screen(width: 80, height: 24)
        XCTAssertEqual(lines.dropFirst().first, top, "the note scrolled although the cursor stayed on screen")
        XCTAssertTrue(lines.contains { $0.contains("Line 100") })
    }

    func testTheSmallestTerminalStillShowsHeaderNoteAndPane() throws {
        let h = try SessionHarness(note: "Short note #humor.")
        h.type(" ")
        h.tick(1)
        let lines = h.screen(width: 60, height: 14)
        XCTAssertEqual(lines.count, 14)
        XCTAssertTrue(lines[0].contains("AM-014"))
        XCTAssertTrue(lines[0].contains("00:01 / 50:00"), lines[0])
        XCTAssertTrue(lines.contains { $0.contains("Short note #humor.") })
        XCTAssertTrue(lines.contains { $0.contains("Observations (1)") })
        h.key(.escape)
        h.key(.char("S"))
        XCTAssertTrue(h.screen(width: 60, height: 14).joined().contains("Sign"))
    }

    func testObservationPaneScrollsToKeepTheSelectionVisible() throws {
        let note = (1...30).map { "Sentence \($0) #humor." }.joined(separator: " ")
        let h = try SessionHarness(note: note)
        XCTAssertEqual(h.state.observations.count, 30)
        h.key(.tab)
        h.key(.char("G"))
        let lines = h.screen(width: 80, height: 24)
        XCTAssertTrue(lines.contains { $0.contains("Sentence 30") }, lines.joined(separator: "\n"))
        XCTAssertFalse(lines.contains { $0.contains("“Sentence 1.”") })
    }
}

extension SessionViewportTests {
    func testAReopenedNoteWaitsWithTheCursorAtItsEnd() throws {
        let h = try SessionHarness(note: "Earlier part.")
        h.type(" More.")
        XCTAssertEqual(h.state.process.text, "Earlier part. More.")
    }
}

extension SessionViewportTests {
    /// Resize storms: every size from a sliver to a wide screen draws, dialogs included.
    func testEverySizeDrawsWithEachDialogOpen() throws {
        let h = try SessionHarness(note: "Zoë’s 夢 about 🏠 #humor and #zzz.", previousNotes: ["Earlier #denial."])
        h.type(" ")
        h.tick(1)
        h.key(.escape)
        let openers: [() -> Void] = [
            {}, { h.key(.char("p")) }, { h.key(.char("S")) }, { h.key(.char("a")) },
            { h.key(.char("a")); h.type("hum"); h.key(.enter) },
            { h.key(.char("a")); h.type("hum"); h.key(.enter); h.key(.char("2")) },
            { h.key(.tab); h.key(.enter) },
        ]
        for open in openers {
            h.state.overlay = nil
            h.state.focus = .commands
            open()
            for width in [1, 2, 5, 20, 59, 60, 99, 100, 133] {
                for height in [1, 2, 3, 8, 16, 24, 41] {
                    let lines = h.screen(width: width, height: height)
                    XCTAssertEqual(lines.count, height)
                    if width >= 40 && height >= 16 && h.state.overlay == nil {
                        XCTAssertTrue(lines[0].contains("AM-014"), "\(width)×\(height): \(lines[0])")
                    }
                }
            }
        }
    }
}
