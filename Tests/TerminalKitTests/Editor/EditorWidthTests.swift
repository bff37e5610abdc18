import XCTest
@testable import TerminalKit

final class EditorWidthTests: XCTestCase {
    func testCellWidthsMatchWhatTheTerminalDraws() {
        XCTAssertEqual(editorCellWidth("a"), 1)
        XCTAssertEqual(editorCellWidth("é"), 1)
        XCTAssertEqual(editorCellWidth("e\u{301}"), 1)
        XCTAssertEqual(editorCellWidth("漢"), 2)
        XCTAssertEqual(editorCellWidth("한"), 2)
        XCTAssertEqual(editorCellWidth("😊"), 2)
        XCTAssertEqual(editorCellWidth("👨‍👩‍👧"), 2)
        XCTAssertEqual(editorCellWidth("🇫🇷"), 2)
        XCTAssertEqual(editorCellWidth("❤\u{FE0F}"), 2)
        XCTAssertEqual(editorCellWidth("\u{301}"), 0)
        XCTAssertEqual(editorCellWidth("\t"), 1)
    }
}
