import XCTest
@testable import TerminalKit

final class WordWrapTests: XCTestCase {
    private func texts(_ text: String, _ width: Int) -> [String] {
        WordWrap.lines(of: text, width: width).map { String(text[$0.range]) }
    }

    func testBreaksAtSpaces() {
        XCTAssertEqual(texts("the client spoke of her mother", 12), ["the client", "spoke of her", "mother"])
    }

    func testHardBreaksWordsLongerThanTheLine() {
        XCTAssertEqual(texts("countertransference", 8), ["countert", "ransfere", "nce"])
    }

    func testNewlinesStartNewLinesAndEmptyLinesSurvive() {
        XCTAssertEqual(texts("one\n\ntwo", 10), ["one", "", "two"])
        XCTAssertEqual(texts("", 10), [""])
    }

    func testWrapsByDisplayWidthAndKeepsGraphemesWhole() {
        XCTAssertEqual(texts("中文中文中", 4), ["中文", "中文", "中"])
        XCTAssertEqual(texts("e\u{301}e\u{301}e\u{301}", 2), ["e\u{301}e\u{301}", "e\u{301}"])
        for line in WordWrap.lines(of: "👨‍👩‍👧 👨‍👩‍👧 abc 中文", width: 3) {
            XCTAssertLessThanOrEqual(line.width, 3)
        }
    }

    func testRangesMapCursorPositionsToScreenLocations() {
        let text = "alpha beta gamma"
        let lines = WordWrap.lines(of: text, width: 10)
        XCTAssertEqual(lines.map(\.graphemeRange), [0..<10, 11..<16])
        XCTAssertEqual(WordWrap.location(ofGraphemeOffset: 13, in: lines, text: text).line, 1)
        XCTAssertEqual(WordWrap.location(ofGraphemeOffset: 13, in: lines, text: text).column, 2)
        XCTAssertEqual(WordWrap.location(ofGraphemeOffset: 3, in: lines, text: text).column, 3)
    }
}
