import XCTest
@testable import TerminalKit

final class TextEditorSelectionTests: XCTestCase {
    func testTypingOverASelectionReplacesItInOneUndoStep() {
        var state = TextEditorState(text: "she was furious\nwith me")
        state.setCursor(TextPosition(line: 0, column: 8))
        state.startSelection()
        state.moveDown()
        state.moveToLineStart()
        state.moveWordRight()
        XCTAssertEqual(state.selectedText, "furious\nwith")
        XCTAssertEqual(state.selectedScalarRange, 8..<20)
        state.insert("x")
        XCTAssertEqual(state.text, "she was x me")
        XCTAssertNil(state.selectedText)
        state.undo()
        XCTAssertEqual(state.text, "she was furious\nwith me")
    }

    func testBackspaceDeletesTheSelectionAndClearingKeepsText() {
        var state = TextEditorState(text: "Zoë Ω")
        state.selectAll()
        XCTAssertEqual(state.selectedText, "Zoë Ω")
        state.clearSelection()
        state.deleteBackward()
        XCTAssertEqual(state.text, "Zoë ")
        state.moveToDocumentStart()
        state.startSelection()
        state.moveRight()
        state.moveRight()
        state.deleteBackward()
        XCTAssertEqual(state.text, "ë ")
        XCTAssertEqual(state.cursor, TextPosition(line: 0, column: 0))
    }

    func testSelectionIsDrawnWithTheSelectionStyle() {
        var state = TextEditorState(text: "abcdef")
        state.setCursor(TextPosition(line: 0, column: 1))
        state.startSelection()
        state.moveRight()
        state.moveRight()
        var buffer = Buffer(size: Size(width: 6, height: 1))
        TextEditorView(selectionStyle: Style(modifiers: .underline)).render(&state, in: buffer.area, buffer: &buffer)
        XCTAssertEqual((0..<6).map { buffer[$0, 0].style.modifiers.contains(.underline) },
                       [false, true, true, false, false, false])
    }
}
