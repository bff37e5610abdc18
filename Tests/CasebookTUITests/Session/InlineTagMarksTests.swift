import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

final class InlineTagMarksTests: XCTestCase {
    /// Typing and deleting anywhere keeps the highlight marks exactly where a full parse puts
    /// them, though only the edited line is parsed.
    func testMarksUpdatedLineByLineMatchAFullParseAfterRandomEdits() throws {
        let lines = (1...12).map { "Line \($0) said #humor? then #zzz-\($0)! and #denial. Née #isolation-of-affects" }
        let h = try SessionHarness(note: lines.joined(separator: "\n"))
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let alphabet = ["#", "a", "-", " ", "?", "!", ".", "x", "é", "/", "h"]
        var incremental = 0
        for step in 0..<200 {
            let total = h.state.process.editor.scalarCount
            h.state.process.editor.setCursor(scalarOffset: next(total + 1))
            if next(3) == 0 {
                h.key(.backspace)
            } else {
                h.type(alphabet[next(alphabet.count)])
            }
            if h.state.completion != nil { h.key(.escape) }
            let text = h.state.process.text
            let expected = InlineTagParser.parse(text).map { "\($0.category ?? "")/\($0.slug)@\($0.span)" }
            let actual = h.state.marks.marks.map { "\($0.category ?? "")/\($0.slug)@\($0.span)" }
            if h.state.marks.isStale {
                h.tick(0.25)
                XCTAssertFalse(h.state.marks.isStale)
                continue
            }
            incremental += 1
            XCTAssertEqual(actual, expected, "step \(step): \(text)")
            if actual != expected { return }
        }
        XCTAssertGreaterThan(incremental, 150, "most edits should update the marks of their line alone")
    }
}
