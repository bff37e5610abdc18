import XCTest
@testable import TerminalKit

/// The editor under what a clinician might paste by accident: a megabyte on one line, binary
/// with NUL bytes, right-to-left text, combining-mark storms. Nothing is lost or reordered.
final class TextEditorAdversarialTests: XCTestCase {
    private func render(_ state: inout TextEditorState, width: Int, height: Int) -> Position? {
        var buffer = Buffer(size: Size(width: width, height: height))
        return TextEditorView().render(&state, in: buffer.area, buffer: &buffer)
    }

    func testMegabyteLineIsKeptWholeAndTheCursorCanReachItsEnd() {
        let line = String(repeating: "lighthouse keeper ", count: 60_000)
        var state = TextEditorState()
        state.insert(line)
        XCTAssertEqual(state.text, line)
        XCTAssertNotNil(render(&state, width: 80, height: 24))
        state.moveToDocumentStart()
        state.moveToDocumentEnd()
        state.insert("!")
        XCTAssertEqual(state.text, line + "!")
        XCTAssertNotNil(render(&state, width: 80, height: 24))
        XCTAssertTrue(state.undo())
        XCTAssertEqual(state.text, line)
    }

    func testNulBytesAndControlsArePastedAsTextAndDrawnAsPlaceholders() {
        let binary = String(decoding: (0..<256).map { UInt8($0) } + [0, 0, 0], as: UTF8.self)
        var state = TextEditorState(text: "before ")
        state.moveToDocumentEnd()
        state.insert(binary)
        XCTAssertEqual(state.text, "before " + TextEditorState.normalizingLineEndings(binary))
        var buffer = Buffer(size: Size(width: 40, height: 12))
        _ = TextEditorView().render(&state, in: buffer.area, buffer: &buffer)
        for y in 0..<12 {
            for x in 0..<40 {
                XCTAssertFalse(buffer[x, y].grapheme.unicodeScalars.contains { $0.value < 0x20 }, "row \(y) col \(x)")
            }
        }
    }

    func testRandomPastesOfAwkwardTextAreKeptExactly() {
        var random = SplitMix64(seed: 0x9A57)
        for iteration in 0..<Fuzz.iterations(150) {
            let original = random.awkwardText(pieces: random.below(20))
            var state = TextEditorState(text: original)
            var expected = TextEditorState.normalizingLineEndings(original)
            for _ in 0..<(1 + random.below(6)) {
                let paste = random.awkwardText(pieces: random.below(60))
                state.moveToDocumentEnd()
                state.insert(paste)
                expected += TextEditorState.normalizingLineEndings(paste)
                let position = render(&state, width: 1 + random.below(60), height: 1 + random.below(20))
                XCTAssertNotNil(position, "iteration \(iteration)")
            }
            // Pasting appends scalars; grapheme clusters may merge across the seam, the text may not change.
            XCTAssertEqual(Array(state.text.unicodeScalars), Array(expected.unicodeScalars), "iteration \(iteration)")
            XCTAssertEqual(state.characterCount, state.text.count, "iteration \(iteration)")
            while state.undo() {}
            XCTAssertEqual(state.text, TextEditorState.normalizingLineEndings(original), "iteration \(iteration)")
        }
    }

    func testCombiningStormAndRightToLeftTextMoveAndDeleteByWholeGraphemes() {
        let storm = "x" + String(repeating: "\u{301}\u{316}", count: 5_000)
        let text = "שלום \u{202e}abc\u{202c} " + storm + " مرحبا"
        var state = TextEditorState(text: text)
        state.moveToDocumentEnd()
        var steps = 0
        while state.cursorScalarOffset > 0 && steps < 1_000 {
            state.moveLeft()
            steps += 1
        }
        XCTAssertEqual(steps, text.count, "one step per grapheme, however many marks it carries")
        state.moveToDocumentEnd()
        for _ in 0..<7 { state.deleteBackward() }
        XCTAssertEqual(state.text, "שלום \u{202e}abc\u{202c} ", "the storm went as one grapheme")
        XCTAssertNotNil(render(&state, width: 10, height: 3))
    }
}
