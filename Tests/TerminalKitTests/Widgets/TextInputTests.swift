import XCTest
@testable import TerminalKit

final class TextInputTests: XCTestCase {
    func testShowsTextAndPlacesCursorAtTwoWidths() {
        var state = TextInputState(text: "hello world")
        let wide = screen(20, 1) { TextInput().render(in: $0.area, buffer: &$0, state: &state) }
        XCTAssertNil(wide.linesMismatch(["hello world"]))
        XCTAssertEqual(state.cursorPosition, Position(x: 11, y: 0))
        XCTAssertEqual(wide.modifierMask(.reverse), ["...........#........"])

        let narrow = screen(6, 1) { TextInput().render(in: $0.area, buffer: &$0, state: &state) }
        XCTAssertNil(narrow.linesMismatch(["world"]), "scrolls so the cursor at the end is visible")
        XCTAssertEqual(state.cursorPosition, Position(x: 5, y: 0))

        state.moveHome()
        let home = screen(6, 1) { TextInput().render(in: $0.area, buffer: &$0, state: &state) }
        XCTAssertNil(home.linesMismatch(["hello"]))
        XCTAssertEqual(state.cursorPosition, Position(x: 0, y: 0))
    }

    func testWideCharactersScrollWithoutBeingSplit() {
        var state = TextInputState(text: "中文字")
        let s = screen(4, 1) { TextInput().render(in: $0.area, buffer: &$0, state: &state) }
        XCTAssertNil(s.linesMismatch([" 字"]))
        XCTAssertEqual(state.cursorPosition, Position(x: 3, y: 0))
    }

    func testPlaceholderShowsWhenEmpty() {
        var state = TextInputState()
        let s = screen(10, 1) { TextInput(placeholder: "Search clients").render(in: $0.area, buffer: &$0, state: &state) }
        XCTAssertNil(s.linesMismatch(["Search cl…"]))
    }

    func testEditingIsGraphemeAware() {
        var state = TextInputState(text: "cafe")
        state.insert("\u{301}")
        XCTAssertEqual(state.text, "café".decomposedStringWithCanonicalMapping)
        XCTAssertEqual(state.cursor, 4)
        state.insert(" 👨‍👩‍👧")
        state.deleteBackward()
        XCTAssertEqual(state.text, "cafe\u{301} ")
        state.moveLeft(); state.moveLeft()
        state.insert("X")
        XCTAssertEqual(state.text, "cafXe\u{301} ")
        state.moveEnd()
        state.deleteWordBackward()
        XCTAssertEqual(state.text, "")
    }

    func testWordMovesAndDeletes() {
        var state = TextInputState(text: "felt unseen by him")
        state.deleteWordBackward()
        XCTAssertEqual(state.text, "felt unseen by ")
        state.moveHome()
        state.moveWordRight()
        XCTAssertEqual(state.cursor, 4)
        state.deleteForward()
        XCTAssertEqual(state.text, "feltunseen by ")
        state.moveWordLeft()
        XCTAssertEqual(state.cursor, 0)
        state.moveRight()
        state.deleteToEnd()
        XCTAssertEqual(state.text, "f")
    }
}
