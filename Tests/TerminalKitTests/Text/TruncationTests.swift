import XCTest
@testable import TerminalKit

final class TruncationTests: XCTestCase {
    func testTextThatFitsIsUnchanged() {
        XCTAssertEqual(Truncation.truncate("Session 12", toWidth: 10), "Session 12")
    }

    func testLongTextEndsWithEllipsisWithinWidth() {
        XCTAssertEqual(Truncation.truncate("Presenting concerns", toWidth: 8), "Present…")
    }

    func testTruncationNeverSplitsGraphemesOrWideCharacters() {
        let samples = ["中文字符测试", "👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧", "e\u{301}e\u{301}e\u{301}e\u{301}", "🇫🇷🇩🇪🇮🇹", "ab中❤️c"]
        for text in samples {
            for width in 0...8 {
                let cut = Truncation.truncate(text, toWidth: width)
                XCTAssertLessThanOrEqual(displayWidth(of: cut), width, "\(text) @\(width)")
                let kept = cut.hasSuffix("…") ? String(cut.dropLast()) : cut
                XCTAssertTrue(text.hasPrefix(kept), "\(text) @\(width) gave \(cut)")
                XCTAssertEqual(Array(kept), Array(text.prefix(kept.count)), "graphemes intact")
            }
        }
        XCTAssertEqual(Truncation.truncate("中文字", toWidth: 4), "中…")
    }

    func testFitPadsToExactWidth() {
        XCTAssertEqual(Truncation.fit("ab", toWidth: 5, alignment: .right), "   ab")
        XCTAssertEqual(displayWidth(of: Truncation.fit("中文字", toWidth: 4)), 4)
    }
}
