import XCTest
@testable import TerminalKit

final class TextEditorViewTests: XCTestCase {
    private func render(_ state: inout TextEditorState, width: Int, height: Int,
                        view: TextEditorView = TextEditorView()) -> (lines: [String], cursor: Position?, buffer: Buffer) {
        var buffer = Buffer(size: Size(width: width, height: height))
        let cursor = view.render(&state, in: buffer.area, buffer: &buffer)
        return (editorScreenLines(buffer), cursor, buffer)
    }

    func testWordsWrapAtSpacesAtTwoWidths() {
        var state = TextEditorState(text: "She said nobody ever waits for her")
        XCTAssertEqual(render(&state, width: 10, height: 4).lines,
                       ["She said  ", "nobody    ", "ever waits", "for her   "])
        XCTAssertEqual(render(&state, width: 20, height: 3).lines,
                       ["She said nobody ever", "waits for her       ", "                    "])
    }

    func testAWordLongerThanTheRowIsBrokenAndWideCharactersAreNeverSplit() {
        var state = TextEditorState(text: "ab漢字c\nunderstanding")
        XCTAssertEqual(render(&state, width: 5, height: 5).lines,
                       ["ab漢 ", "字c  ", "under", "stand", "ing  "])
        let (_, _, buffer) = render(&state, width: 5, height: 5)
        XCTAssertEqual(buffer[2, 0].width, 2)
        XCTAssertTrue(buffer[3, 0].isContinuation)
    }

    func testCursorPositionFollowsWrappedRowsAndUpDownKeepTheColumn() {
        var state = TextEditorState(text: "She said nobody ever waits for her")
        _ = render(&state, width: 10, height: 4)
        state.moveToDocumentStart()
        state.moveRight()
        state.moveRight()
        state.moveDown()
        XCTAssertEqual(state.cursor.column, 11)
        XCTAssertEqual(render(&state, width: 10, height: 4).cursor, Position(x: 2, y: 1))
        state.moveDown()
        XCTAssertEqual(state.cursor.column, 18)
        state.moveToLineEnd()
        XCTAssertEqual(state.cursor.column, 26)
        state.moveToLineStart()
        XCTAssertEqual(state.cursor.column, 16)
    }

    func testScrollingKeepsTheCursorOnScreen() {
        var state = TextEditorState(text: (0..<10).map { "line \($0)" }.joined(separator: "\n"))
        state.moveToDocumentEnd()
        var screen = render(&state, width: 8, height: 3)
        XCTAssertEqual(screen.lines, ["line 7  ", "line 8  ", "line 9  "])
        XCTAssertEqual(screen.cursor, Position(x: 6, y: 2))
        state.pageUp(height: 3)
        screen = render(&state, width: 8, height: 3)
        XCTAssertEqual(state.cursor, TextPosition(line: 6, column: 6))
        XCTAssertEqual(screen.lines, ["line 6  ", "line 7  ", "line 8  "])
        state.moveToDocumentStart()
        screen = render(&state, width: 8, height: 3)
        XCTAssertEqual(screen.lines, ["line 0  ", "line 1  ", "line 2  "])
        XCTAssertEqual(screen.cursor, Position(x: 0, y: 0))
    }

    func testScrollingCountsWrappedRowsNotLines() {
        var state = TextEditorState(text: "one two three four five six")
        state.moveToDocumentEnd()
        let screen = render(&state, width: 6, height: 2)
        XCTAssertEqual(screen.lines, ["four  ", "five  ", "six   "].suffix(2))
        XCTAssertEqual(screen.cursor, Position(x: 3, y: 1))
    }

    func testHighlightsStyleTheirScalarRangeEvenAfterDecomposedAccents() {
        let bold = Style(modifiers: .bold)
        var state = TextEditorState(text: "e\u{301}lan #humor!")
        let view = TextEditorView(highlights: [(range: 6..<12, style: bold)], cursorStyle: Style(modifiers: .reverse))
        let (lines, _, buffer) = render(&state, width: 14, height: 1, view: view)
        XCTAssertEqual(lines, ["e\u{301}lan #humor!  "])
        XCTAssertEqual((0..<14).map { buffer[$0, 0].style.modifiers.contains(.bold) },
                       [false, false, false, false, false, true, true, true, true, true, true, false, false, false])
        XCTAssertTrue(buffer[0, 0].style.modifiers.contains(.reverse))
    }

    func testTabsAndControlCharactersAreDrawnAsHarmlessCells() {
        var state = TextEditorState(text: "a\tb\u{7}")
        XCTAssertEqual(render(&state, width: 5, height: 1).lines, ["a b\u{FFFD} "])
    }
}

final class TextEditorResizeTests: XCTestCase {
    func testWideningTheAreaPullsEarlierTextBackIntoView() {
        var state = TextEditorState(text: "one two three four five six")
        state.moveToDocumentEnd()
        var narrow = Buffer(size: Size(width: 6, height: 3))
        TextEditorView().render(&state, in: narrow.area, buffer: &narrow)
        XCTAssertEqual(editorScreenLines(narrow), ["four  ", "five  ", "six   "])
        var wide = Buffer(size: Size(width: 14, height: 3))
        let cursor = TextEditorView().render(&state, in: wide.area, buffer: &wide)
        XCTAssertEqual(editorScreenLines(wide), ["one two three ", "four five six ", "              "])
        XCTAssertEqual(cursor, Position(x: 13, y: 1))
    }
}
