import XCTest
@testable import TerminalKit

/// Random edit sequences replayed against a plain string with a scalar cursor: whatever the
/// mix of accents, emoji, CJK and line breaks, the editor's text and cursor must agree with it,
/// and undoing everything must give back the note as it was.
final class TextEditorRandomEditTests: XCTestCase {
    private struct Reference {
        var scalars: [Unicode.Scalar]
        var cursor: Int
        var anchor: Int?

        var string: String { String(String.UnicodeScalarView(scalars)) }

        /// Scalar offsets where graphemes of the whole text start or end.
        var boundaries: [Int] {
            var result = [0]
            var offset = 0
            for c in string {
                offset += c.unicodeScalars.count
                result.append(offset)
            }
            return result
        }

        func roundedUp(_ offset: Int) -> Int { boundaries.first { $0 >= offset } ?? scalars.count }

        /// Removes the selection, if any, leaving the cursor where it started; true if it did.
        mutating func removeSelection() -> Bool {
            guard let anchor, anchor != cursor else { return false }
            let range = min(anchor, cursor)..<max(anchor, cursor)
            scalars.removeSubrange(range)
            cursor = range.lowerBound
            self.anchor = nil
            return true
        }

        mutating func insert(_ text: String) {
            _ = removeSelection()
            anchor = nil
            let clean = Array(text.unicodeScalars.filter { $0 != "\r" })
            scalars.insert(contentsOf: clean, at: cursor)
            cursor = roundedUp(cursor + clean.count)
        }

        mutating func deleteBackward() {
            if removeSelection() { cursor = roundedUp(cursor); return }
            guard let previous = boundaries.last(where: { $0 < cursor }) else { return }
            scalars.removeSubrange(previous..<cursor)
            anchor = nil
            cursor = roundedUp(previous)
        }

        mutating func deleteForward() {
            if removeSelection() { cursor = roundedUp(cursor); return }
            guard let next = boundaries.first(where: { $0 > cursor }) else { return }
            scalars.removeSubrange(cursor..<next)
            anchor = nil
            cursor = roundedUp(cursor)
        }

        mutating func moveLeft() { cursor = boundaries.last { $0 < cursor } ?? cursor }
        mutating func moveRight() { cursor = boundaries.first { $0 > cursor } ?? cursor }
    }

    private let pieces = [
        "a", "b", "z", " ", " ", "é", "e", "\u{301}", "漢", "字", "😊", "👨‍👩‍👧", "🇫", "🇷", "\u{200D}", "Ω", "1", "-", "#",
        "\n", "x\ny", "hello world", "one\r\ntwo", "\n\n", "Zoë ", "東京\n", "e\u{301}\u{301}", "🇩", "👩", "\u{FE0F}", "\u{200D}👩",
    ]

    private func anchorOffset(_ state: TextEditorState) -> Int? {
        state.selectionAnchor.map { state.scalarOffset(ofLineStart: $0.line) + state.lines[$0.line].scalarOffset(ofGrapheme: $0.column) }
    }

    private func resynced(_ state: TextEditorState) -> Reference {
        Reference(scalars: Array(state.text.unicodeScalars), cursor: state.cursorScalarOffset, anchor: anchorOffset(state))
    }

    func testRandomEditSequencesAgreeWithAPlainStringAndUndoAllRestoresTheNote() {
        var rng = SplitMix64(seed: 0xCA5E_B00C)
        for sequence in 0..<1_500 {
            let original: String = (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            var state = TextEditorState(text: original)
            var reference = Reference(scalars: Array(original.unicodeScalars.filter { $0 != "\r" }), cursor: 0)
            var seenTexts: Set<String> = [reference.string]
            var log: [String] = []
            var message: String { "sequence \(sequence): \(log.joined(separator: " "))" }

            for _ in 0..<Int.random(in: 1...60, using: &rng) {
                switch Int.random(in: 0..<100, using: &rng) {
                case 0..<35:
                    let piece = pieces.randomElement(using: &rng)!
                    log.append("insert(\(piece.debugDescription))")
                    if piece == "\n" { state.insertNewline() } else { state.insert(piece) }
                    reference.insert(piece)
                case 35..<45:
                    log.append("deleteBackward"); state.deleteBackward(); reference.deleteBackward()
                case 45..<52:
                    log.append("deleteForward"); state.deleteForward(); reference.deleteForward()
                case 52..<60:
                    log.append("moveLeft"); state.moveLeft(); reference.moveLeft()
                case 60..<68:
                    log.append("moveRight"); state.moveRight(); reference.moveRight()
                case 68..<70:
                    log.append("moveToDocumentStart"); state.moveToDocumentStart(); reference.cursor = 0
                case 70..<72:
                    log.append("moveToDocumentEnd"); state.moveToDocumentEnd(); reference.cursor = reference.scalars.count
                case 72..<84:
                    let pick = Int.random(in: 0..<11, using: &rng)
                    log.append("other\(pick)")
                    switch pick {
                    case 0: state.moveUp()
                    case 1: state.moveDown()
                    case 2: state.moveWordLeft()
                    case 3: state.moveWordRight()
                    case 4: state.moveToLineStart()
                    case 5: state.moveToLineEnd()
                    case 6: state.deleteWordBackward()
                    case 7: state.startSelection()
                    case 8: state.clearSelection()
                    case 9: state.selectAll()
                    default:
                        var buffer = Buffer(size: Size(width: Int.random(in: 1...12, using: &rng), height: Int.random(in: 1...5, using: &rng)))
                        let position = TextEditorView().render(&state, in: buffer.area, buffer: &buffer)
                        XCTAssertNotNil(position, message)
                        if let position { XCTAssertTrue(buffer.area.contains(position), message) }
                    }
                    reference = resynced(state)
                    XCTAssertTrue(reference.boundaries.contains(reference.cursor), message)
                case 84..<93:
                    log.append("undo"); state.undo()
                    reference = resynced(state)
                    XCTAssertTrue(seenTexts.contains(reference.string), "undo produced a text never seen, \(message)")
                default:
                    log.append("redo"); state.redo()
                    reference = resynced(state)
                    XCTAssertTrue(seenTexts.contains(reference.string), "redo produced a text never seen, \(message)")
                }
                let text = state.text
                seenTexts.insert(text)
                XCTAssertEqual(text, reference.string, message)
                XCTAssertEqual(state.cursorScalarOffset, reference.cursor, message)
                XCTAssertEqual(anchorOffset(state), reference.anchor, message)
                XCTAssertEqual(state.scalarCount, text.unicodeScalars.count, message)
                XCTAssertEqual(state.characterCount, text.count, message)
                XCTAssertEqual(state.lineCount, text.split(separator: "\n", omittingEmptySubsequences: false).count, message)
                for line in state.lines where line.characters != Array(line.text) {
                    XCTFail("line graphemes out of step with its text \(line.text.debugDescription), \(message)")
                }
                if text != reference.string { return }
            }

            let final = state.text
            var undone = 0
            while state.undo() { undone += 1 }
            XCTAssertEqual(state.text, String(String.UnicodeScalarView(original.unicodeScalars.filter { $0 != "\r" })), message)
            // Redoing as many steps as were undone comes back to where the clinician was.
            for _ in 0..<undone { XCTAssertTrue(state.redo(), message) }
            XCTAssertEqual(state.text, final, message)
        }
    }
}
