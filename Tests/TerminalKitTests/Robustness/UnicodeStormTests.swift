import XCTest
@testable import TerminalKit

/// Right-to-left text and combining-mark storms through every stage that lays text out: width,
/// wrapping, a `Paragraph` drawn into a `Buffer`, and the note editor, at sizes from 1×1 to
/// 400×120. Nothing may be dropped or reordered, nothing drawn past its area, no control character
/// may reach a cell, and a wide cell always has its continuation.
final class UnicodeStormTests: XCTestCase {
    private static let storms: [String] = [
        "a" + String(repeating: "\u{301}", count: 3_000) + " b" + String(repeating: "\u{316}\u{302}", count: 1_500),
        String(repeating: "\u{202E}שלום עולם\u{202C} \u{2067}مرحبا بالعالم\u{2069} ", count: 300),
        String(repeating: "\u{200F}א\u{05B8}\u{05BC} \u{200E}x ", count: 1_000),
        String(repeating: "👩‍👩‍👧‍👦🇩🇪👍🏽\u{200D}", count: 400),
        String(repeating: "中文字", count: 700) + String(repeating: "\u{1100}\u{1161}\u{11A8}", count: 500),
        String(repeating: "\u{301}", count: 2_000) + "starts with marks",
        String(repeating: "x\u{200B}\u{FEFF}\u{2060}", count: 1_000),
        String(repeating: "\u{0}\u{7}\u{1B}[31m\u{7F}\u{85}\t", count: 300),
    ]

    private let sizes = [Size(width: 1, height: 1), Size(width: 2, height: 1), Size(width: 3, height: 2), Size(width: 7, height: 5),
                         Size(width: 80, height: 24), Size(width: 400, height: 120)]

    private func assertCellsSane(_ buffer: Buffer, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let area = buffer.area
        for y in area.top..<area.bottom {
            for x in area.left..<area.right {
                let cell = buffer[x, y]
                XCTAssertLessThanOrEqual(cell.grapheme.count, 1, "\(what) at \(x),\(y)", file: file, line: line)
                if cell.grapheme.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                    XCTFail("control character drawn at \(x),\(y): \(what)", file: file, line: line)
                    return
                }
                if cell.width == 2 {
                    XCTAssertTrue(x + 1 < area.right && buffer[x + 1, y].isContinuation, "\(what) at \(x),\(y)", file: file, line: line)
                }
            }
        }
    }

    func testWrappingStormsKeepsEveryGraphemeInOrder() {
        var random = SplitMix64(seed: 0x5707)
        var texts = Self.storms
        for _ in 0..<Fuzz.iterations(40) { texts.append(random.awkwardText(pieces: random.below(200))) }
        for (index, text) in texts.enumerated() {
            let graphemes = Array(text)
            for width in [1, 2, 3, 9, 80, 400] {
                let lines = WordWrap.lines(of: text, width: width)
                var kept: [Character] = []
                var covered = 0
                for line in lines {
                    XCTAssertGreaterThanOrEqual(line.graphemeRange.lowerBound, covered, "text \(index) at \(width)")
                    for dropped in graphemes[covered..<max(covered, line.graphemeRange.lowerBound)] where dropped != " " && !WordWrap.isNewline(dropped) {
                        XCTFail("text \(index) at \(width) lost \(dropped.debugDescription)")
                    }
                    kept += graphemes[line.graphemeRange]
                    covered = line.graphemeRange.upperBound
                    XCTAssertTrue(line.width <= width || line.graphemeRange.count == 1, "text \(index): a line of \(line.width) at \(width)")
                }
                XCTAssertEqual(kept.filter { $0 != " " && !WordWrap.isNewline($0) },
                               graphemes.filter { $0 != " " && !WordWrap.isNewline($0) }, "text \(index) at \(width)")
            }
        }
    }

    func testParagraphDrawsStormsInsideItsAreaAtEverySize() {
        for (index, text) in Self.storms.enumerated() {
            for size in sizes {
                var buffer = Buffer(size: size)
                let paragraph = Paragraph(text: text)
                paragraph.render(in: buffer.area, buffer: &buffer)
                assertCellsSane(buffer, "storm \(index) in \(size)")
                XCTAssertGreaterThanOrEqual(paragraph.rowCount(width: size.width), 1)
            }
        }
    }

    func testEditorKeepsStormsExactlyAndDrawsThemAtEverySize() {
        for (index, text) in Self.storms.enumerated() {
            var state = TextEditorState(text: text)
            for size in sizes {
                var buffer = Buffer(size: size)
                let cursor = TextEditorView().render(&state, in: buffer.area, buffer: &buffer)
                XCTAssertTrue(cursor.map { buffer.area.contains($0) } ?? false, "storm \(index) in \(size)")
                assertCellsSane(buffer, "storm \(index) in \(size)")
                state.moveToDocumentEnd()
                state.moveUp()
            }
            state.moveToDocumentEnd()
            state.insert(" #tag")
            XCTAssertEqual(state.text, TextEditorState.normalizingLineEndings(text) + " #tag", "storm \(index)")
            XCTAssertTrue(state.undo())
            XCTAssertEqual(state.text, TextEditorState.normalizingLineEndings(text), "storm \(index)")
        }
    }

    func testWidthOfStormsIsTheSumOfItsGraphemes() {
        for (index, text) in Self.storms.enumerated() {
            XCTAssertEqual(displayWidth(of: text), text.reduce(0) { $0 + displayWidth(of: $1) }, "storm \(index)")
            let cut = Truncation.truncate(text, toWidth: 40)
            XCTAssertLessThanOrEqual(displayWidth(of: cut), 40, "storm \(index)")
        }
    }
}
