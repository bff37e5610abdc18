import XCTest
@testable import TerminalKit

final class BufferTests: XCTestCase {
    func testWideCharacterTakesTwoCellsWithContinuation() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        XCTAssertEqual(buffer.setString(x: 0, y: 0, "a中b"), 4)
        XCTAssertEqual(buffer[1, 0].width, 2)
        XCTAssertTrue(buffer[2, 0].isContinuation)
        XCTAssertEqual(buffer.lines, ["a中b  "])
    }

    func testWideCharacterThatDoesNotFitBecomesASpace() {
        var buffer = Buffer(size: Size(width: 3, height: 1))
        buffer.fill(area: buffer.area, cell: Cell(grapheme: "x"))
        XCTAssertEqual(buffer.setString(x: 0, y: 0, "ab中"), 3)
        XCTAssertEqual(buffer.lines, ["ab "])
        var limited = Buffer(size: Size(width: 6, height: 1))
        XCTAssertEqual(limited.setString(x: 0, y: 0, "a中文", maxWidth: 4), 4)
        XCTAssertEqual(limited.lines, ["a中   "])
    }

    func testOverwritingHalfAWideCharacterClearsTheOtherHalf() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.setString(x: 0, y: 0, "中文")
        buffer.setString(x: 1, y: 0, "x")
        XCTAssertEqual(buffer.lines, [" x文  "])
        buffer.setString(x: 2, y: 0, "y")
        XCTAssertEqual(buffer.lines, [" xy   "])
        XCTAssertFalse(buffer.cells.contains { $0.isContinuation })
    }

    func testSetStyleLaysStyleOverExistingCells() {
        var buffer = Buffer(size: Size(width: 4, height: 2))
        buffer.setString(x: 0, y: 0, "ab", style: Style(foreground: .indexed(1)))
        buffer.setStyle(area: Rect(x: 0, y: 0, width: 1, height: 2), style: Style(modifiers: .bold))
        XCTAssertEqual(buffer.styleAt(x: 0, y: 0), Style(foreground: .indexed(1), modifiers: .bold))
        XCTAssertEqual(buffer.styleAt(x: 1, y: 0), Style(foreground: .indexed(1)))
        XCTAssertEqual(buffer.styleAt(x: 0, y: 1), Style(modifiers: .bold))
    }

    func testFillAndResize() {
        var buffer = Buffer(size: Size(width: 3, height: 2))
        buffer.fill(area: Rect(x: 1, y: 0, width: 5, height: 1), cell: Cell(grapheme: "#"))
        XCTAssertEqual(buffer.lines, [" ##", "   "])
        buffer.resize(to: Rect(x: 0, y: 0, width: 2, height: 3))
        XCTAssertEqual(buffer.lines, ["  ", "  ", "  "])
    }

    func testWritingOutsideTheAreaIsClipped() {
        var buffer = Buffer(size: Size(width: 3, height: 1))
        XCTAssertEqual(buffer.setString(x: 0, y: 5, "abc"), 0)
        XCTAssertEqual(buffer.setString(x: 1, y: 0, "abcdef"), 2)
        XCTAssertEqual(buffer.lines, [" ab"])
    }
}

final class BufferClippingTests: XCTestCase {
    func testWideCharacterHalfOutsideTheLeftEdgeShowsAsSpace() {
        var buffer = Buffer(area: Rect(x: 2, y: 0, width: 3, height: 1))
        buffer.fill(area: buffer.area, cell: Cell(grapheme: "x"))
        buffer.setString(x: 1, y: 0, "中a")
        XCTAssertEqual(buffer.lines, [" ax"])
    }
}
