import XCTest
@testable import TerminalKit

/// Truncation and drawing on random awkward text: never a split grapheme, never wider than asked,
/// and the buffer's cells always add up to the width the text measures.
final class TextWidthFuzzTests: XCTestCase {
    func testTruncationKeepsWholeGraphemesWithinTheWidth() {
        var random = SplitMix64(seed: 0x7E47)
        for iteration in 0..<Fuzz.iterations(400) {
            let text = random.awkwardText(pieces: random.below(30))
            let width = random.below(40)
            let cut = Truncation.truncate(text, toWidth: width)
            let message = "iteration \(iteration): \(text.debugDescription) at \(width)"
            XCTAssertLessThanOrEqual(displayWidth(of: cut), width, message)
            let kept = cut.hasSuffix(String(Truncation.ellipsis)) && cut != text ? String(cut.dropLast()) : cut
            XCTAssertTrue(text.hasPrefix(kept), message)
            // The kept part ends on one of the text's own grapheme boundaries.
            XCTAssertEqual(Array(text.prefix(kept.count)), Array(kept), message)

            let prefix = Truncation.prefix(text, fittingWidth: width)
            XCTAssertLessThanOrEqual(displayWidth(of: prefix), width, message)
            XCTAssertEqual(Array(text.prefix(prefix.count)), Array(prefix), message)

            let fitted = Truncation.fit(text, toWidth: width, alignment: [.left, .right, .center][random.below(3)])
            XCTAssertEqual(displayWidth(of: fitted), width, "padded to exactly the column, \(message)")
        }
    }

    func testBufferDrawsAwkwardTextWithinItsRowAndWithWideCellsPaired() {
        var random = SplitMix64(seed: 0xB0FF)
        for iteration in 0..<Fuzz.iterations(300) {
            let text = random.awkwardText(pieces: random.below(40))
            let size = Size(width: 1 + random.below(30), height: 1 + random.below(3))
            var buffer = Buffer(size: size)
            let x = random.below(size.width + 1)
            let used = buffer.setString(x: x, y: random.below(size.height), text, maxWidth: random.below(50))
            let message = "iteration \(iteration): \(text.debugDescription) at x \(x) in \(size)"
            XCTAssertLessThanOrEqual(used, size.width, message)
            for y in 0..<size.height {
                for column in 0..<size.width {
                    let cell = buffer[column, y]
                    XCTAssertLessThanOrEqual(cell.grapheme.count, 1, "a cell holds at most one grapheme, \(message)")
                    XCTAssertFalse(cell.grapheme.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7f },
                                   "control characters never reach the screen, \(message)")
                    if cell.width == 2 {
                        XCTAssertLessThan(column + 1, size.width, "a wide cell never hangs off the edge, \(message)")
                        if column + 1 < size.width { XCTAssertTrue(buffer[column + 1, y].isContinuation, message) }
                    }
                    if cell.isContinuation {
                        XCTAssertGreaterThan(column, 0, message)
                        if column > 0 { XCTAssertEqual(buffer[column - 1, y].width, 2, message) }
                    }
                }
            }
        }
    }

    func testFittingTextThatStartsWithAnExtenderStillFillsTheColumn() {
        // Found by the fuzz run above: the padding space and a lone VS16 became one grapheme.
        for alignment in [Alignment.left, .right, .center] {
            XCTAssertEqual(displayWidth(of: Truncation.fit("\u{FE0F}x", toWidth: 8, alignment: alignment)), 8, "\(alignment)")
            XCTAssertEqual(displayWidth(of: Truncation.fit("\u{301}ab", toWidth: 7, alignment: alignment)), 7, "\(alignment)")
        }
    }

    func testMegabyteLineOfCombiningMarksMeasuresAndTruncates() {
        let storm = "a" + String(repeating: "\u{301}", count: 200_000) + String(repeating: "中", count: 100_000)
        XCTAssertEqual(displayWidth(of: storm), 1 + 200_000)
        let cut = Truncation.truncate(storm, toWidth: 80)
        XCTAssertEqual(displayWidth(of: cut), 80, "the accented a, 39 wide characters and the ellipsis")
        XCTAssertEqual(cut.first?.unicodeScalars.count, 200_001, "the accented a stays whole")
    }
}
