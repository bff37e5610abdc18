import XCTest
@testable import TerminalKit

final class TextEditorEditingTests: XCTestCase {
    private func typing(_ text: String, into state: inout TextEditorState) {
        for c in text { if c == "\n" { state.insertNewline() } else { state.insert(String(c)) } }
    }

    func testTypingAcrossLinesBuildsTheTextAndCursor() {
        var state = TextEditorState()
        typing("Session 12\nShe arrived late", into: &state)
        XCTAssertEqual(state.text, "Session 12\nShe arrived late")
        XCTAssertEqual(state.lineCount, 2)
        XCTAssertEqual(state.cursor, TextPosition(line: 1, column: 16))
        XCTAssertEqual(state.cursorScalarOffset, 27)
        XCTAssertEqual(state.scalarCount, 27)
        XCTAssertEqual(state.characterCount, 27)
    }

    func testBackspaceAtLineStartJoinsLinesAndDeleteForwardAtEndJoinsNext() {
        var state = TextEditorState(text: "first\nsecond\nthird")
        state.setCursor(TextPosition(line: 1, column: 0))
        state.deleteBackward()
        XCTAssertEqual(state.text, "firstsecond\nthird")
        XCTAssertEqual(state.cursor, TextPosition(line: 0, column: 5))
        state.moveToLineEnd()
        state.deleteForward()
        XCTAssertEqual(state.text, "firstsecondthird")
        XCTAssertEqual(state.lineCount, 1)
        XCTAssertEqual(state.scalarCount, 16)
    }

    func testBackspaceRemovesAWholeDecomposedAccent() {
        var state = TextEditorState(text: "caf" + "e\u{301}" + "!")
        state.moveToDocumentEnd()
        state.moveLeft()
        XCTAssertEqual(state.cursor.column, 4)
        XCTAssertEqual(state.cursorScalarOffset, 5)
        state.deleteBackward()
        XCTAssertEqual(state.text, "caf!")
        XCTAssertEqual(state.cursorScalarOffset, 3)
    }

    func testMovesStepOverCJKAndEmojiSequencesAsOneCharacter() {
        let family = "👨‍👩‍👧"
        var state = TextEditorState(text: "a漢\(family)🇫🇷b")
        state.moveToDocumentStart()
        var offsets: [Int] = []
        for _ in 0..<6 {
            state.moveRight()
            offsets.append(state.cursorScalarOffset)
        }
        XCTAssertEqual(offsets, [1, 2, 7, 9, 10, 10])
        state.moveLeft()
        state.moveLeft()
        state.deleteBackward()
        XCTAssertEqual(state.text, "a漢🇫🇷b")
    }

    func testTypingACombiningAccentAfterALetterJoinsItsGrapheme() {
        var state = TextEditorState()
        state.insert("e")
        state.insert("\u{301}")
        XCTAssertEqual(state.cursor, TextPosition(line: 0, column: 1))
        XCTAssertEqual(state.text, "e\u{301}")
        state.undo()
        XCTAssertEqual(state.text, "")
    }

    func testWordMotionsUnderstandNonLatinScripts() {
        var state = TextEditorState(text: "Мама сказала: «нет», 東京 ok")
        state.moveToDocumentStart()
        state.moveWordRight()
        XCTAssertEqual(state.cursor.column, 4)
        state.moveWordRight()
        XCTAssertEqual(state.cursor.column, 12)
        state.moveWordRight()
        XCTAssertEqual(state.cursor.column, 18)
        state.moveWordRight()
        XCTAssertEqual(state.cursor.column, 23)
        state.moveWordLeft()
        XCTAssertEqual(state.cursor.column, 21)
        state.moveWordLeft()
        XCTAssertEqual(state.cursor.column, 15)
    }

    func testCtrlWDeletesTheWordBeforeTheCursorAndUndoBringsItBack() {
        var state = TextEditorState(text: "she felt ignored ")
        state.moveToDocumentEnd()
        state.deleteWordBackward()
        XCTAssertEqual(state.text, "she felt ")
        state.deleteWordBackward()
        XCTAssertEqual(state.text, "she ")
        state.undo()
        XCTAssertEqual(state.text, "she felt ")
        XCTAssertEqual(state.cursor.column, 9)
    }

    func testUndoRestoresTextAndCursorWordByWord() {
        var state = TextEditorState(text: "Note: ")
        state.moveToDocumentEnd()
        typing("angry at me", into: &state)
        state.undo()
        XCTAssertEqual(state.text, "Note: angry at ")
        XCTAssertEqual(state.cursor.column, 15)
        state.undo()
        state.undo()
        XCTAssertEqual(state.text, "Note: ")
        XCTAssertEqual(state.cursor.column, 6)
        XCTAssertFalse(state.undo())
        state.redo()
        state.redo()
        XCTAssertEqual(state.text, "Note: angry at ")
        XCTAssertEqual(state.cursor.column, 15)
    }

    func testMultiLinePasteIsOneUndoStep() {
        var state = TextEditorState(text: "before after")
        state.setCursor(TextPosition(line: 0, column: 7))
        state.insert("one\r\ntwo\nthree ")
        XCTAssertEqual(state.text, "before one\ntwo\nthree after")
        XCTAssertEqual(state.cursor, TextPosition(line: 2, column: 6))
        state.undo()
        XCTAssertEqual(state.text, "before after")
        XCTAssertEqual(state.cursor, TextPosition(line: 0, column: 7))
        state.redo()
        XCTAssertEqual(state.text, "before one\ntwo\nthree after")
        XCTAssertEqual(state.cursor, TextPosition(line: 2, column: 6))
    }

    func testBackspacesCoalesceIntoOneUndoStep() {
        var state = TextEditorState(text: "ambivalence")
        state.moveToDocumentEnd()
        for _ in 0..<4 { state.deleteBackward() }
        XCTAssertEqual(state.text, "ambival")
        state.undo()
        XCTAssertEqual(state.text, "ambivalence")
        XCTAssertEqual(state.cursor.column, 11)
    }

    func testRevisionChangesOnEveryEditAndSavingClearsModified() {
        var state = TextEditorState(text: "x")
        XCTAssertFalse(state.isModified)
        let start = state.revision
        state.insert("y")
        XCTAssertTrue(state.isModified)
        XCTAssertNotEqual(state.revision, start)
        state.markSaved()
        XCTAssertFalse(state.isModified)
        let saved = state.revision
        state.undo()
        XCTAssertTrue(state.isModified)
        XCTAssertNotEqual(state.revision, saved)
        state.moveLeft()
        XCTAssertTrue(state.isModified)
    }

    func testScalarOffsetsRoundTripThroughTheCursor() {
        let text = "Zoë said\n\"I'm fine\" 😊\nthen: e\u{301}vite\n"
        var state = TextEditorState(text: text)
        let scalars = Array(text.unicodeScalars)
        var boundaries: [Int] = [0]
        var offset = 0
        for c in text {
            offset += c.unicodeScalars.count
            boundaries.append(offset)
        }
        for boundary in boundaries {
            state.setCursor(scalarOffset: boundary)
            XCTAssertEqual(state.cursorScalarOffset, boundary)
        }
        XCTAssertEqual(boundaries.last, scalars.count)
        // An offset between "e" and its accent goes to the start of "é".
        let inside = scalars.firstIndex(of: "\u{301}")!
        XCTAssertFalse(boundaries.contains(inside))
        state.setCursor(scalarOffset: inside)
        XCTAssertEqual(state.cursorScalarOffset, inside - 1)
    }

    func testTagPrefixAtCursorIsFoundAndReplaced() {
        var state = TextEditorState(text: "laughed it off #isol")
        state.moveToDocumentEnd()
        XCTAssertEqual(state.currentWordPrefix(after: "#"), "isol")
        state.replaceCurrentWordPrefix(with: "isolation-of-affects")
        XCTAssertEqual(state.text, "laughed it off #isolation-of-affects")
        XCTAssertEqual(state.currentWordPrefix(after: "#"), "isolation-of-affects")
        state.insert(" ")
        XCTAssertNil(state.currentWordPrefix(after: "#"))
        state.insert("#")
        XCTAssertEqual(state.currentWordPrefix(after: "#"), "")
        state.undo()
        state.undo()
        XCTAssertEqual(state.text, "laughed it off #isolation-of-affects")
        state.undo()
        XCTAssertEqual(state.text, "laughed it off #isol")
        var inWord = TextEditorState(text: "issue#12")
        inWord.moveToDocumentEnd()
        XCTAssertNil(inWord.currentWordPrefix(after: "#"))
    }

    func testAOneMegabyteNoteCanBeOpenedEditedAndSaved() {
        let paragraph = "She spoke of her mother's absence, then of the holiday break; I felt pushed away. #abandonment\n"
        let count = 1_048_576 / paragraph.utf8.count + 1
        let text = String(repeating: paragraph, count: count)
        var state = TextEditorState(text: text)
        XCTAssertEqual(state.lineCount, count + 1)
        state.setCursor(scalarOffset: text.unicodeScalars.count / 2)
        let middle = state.cursorScalarOffset
        state.insert("X")
        state.insertNewline()
        state.deleteBackward()
        XCTAssertEqual(state.cursorScalarOffset, middle + 1)
        var view = Buffer(size: Size(width: 40, height: 10))
        let position = TextEditorView().render(&state, in: view.area, buffer: &view)
        XCTAssertNotNil(position)
        state.moveToDocumentEnd()
        state.insert("end")
        let saved = state.text
        XCTAssertEqual(saved.unicodeScalars.count, text.unicodeScalars.count + 4)
        XCTAssertTrue(saved.hasSuffix("#abandonment\nend"))
        XCTAssertEqual(state.scalarCount, saved.unicodeScalars.count)
        while state.undo() {}
        XCTAssertEqual(state.text, text)
    }
}

final class TextEditorReplaceAllTests: XCTestCase {
    func testTextBackFromExternalEditorReplacesAllAndCanBeUndone() {
        var state = TextEditorState(text: "draft\nnote")
        state.setCursor(scalarOffset: 3)
        state.replaceAll(with: "final\r\nnote\nwith more")
        XCTAssertEqual(state.text, "final\nnote\nwith more")
        XCTAssertEqual(state.cursorScalarOffset, 3)
        XCTAssertEqual(state.lineCount, 3)
        state.undo()
        XCTAssertEqual(state.text, "draft\nnote")
        XCTAssertEqual(state.cursorScalarOffset, 3)
    }
}
