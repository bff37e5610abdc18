import XCTest
@testable import TerminalKit

/// Every glyph the widgets draw must take the columns the buffer gives it in the terminal too:
/// the C library's `wcwidth` (what ncurses and terminals such as tmux advance by) and what the
/// ncurses backend writes for the cell. A glyph the terminal thought wider or narrower would
/// shift the rest of its row; one the backend could not write would show as U+FFFD.
final class GlyphWidthTests: XCTestCase {
    /// Fails for every cell of `buffer` whose width the terminal would not agree with.
    private func assertTerminalAgrees(with buffer: Buffer, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        for y in buffer.area.top..<buffer.area.bottom {
            for x in buffer.area.left..<buffer.area.right {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                assertTerminalAgrees(cell.grapheme, width: cell.width, "\(what) cell \(x),\(y)", file: file, line: line)
            }
        }
    }

    private func assertTerminalAgrees(_ grapheme: String, width: Int, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let first = grapheme.unicodeScalars.first else { return }
        let name = "\(what) \(grapheme.debugDescription) U+\(String(first.value, radix: 16, uppercase: true))"
        XCTAssertEqual(displayWidth(of: Character(grapheme)), width, "\(name): the buffer measures it differently", file: file, line: line)
        XCTAssertEqual(terminalColumns(first), width, "\(name): the C library (ncurses, the terminal) gives it other columns", file: file, line: line)
        let written = NcursesTerminal.cellCharacters(grapheme, width: width)
        let scalars = written.chars.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        XCTAssertEqual(String(String.UnicodeScalarView(scalars)), grapheme, "\(name): the backend writes something else", file: file, line: line)
        XCTAssertEqual(written.width, width, "\(name): the backend advances by other columns", file: file, line: line)
    }

    func testEveryHeatMapRampGlyphIsOneColumnEverywhere() {
        for (name, ramp) in [("shades", HeatRamp.shades), ("dots", HeatRamp.dots), ("ascii", HeatRamp.ascii)] {
            var buffer = Buffer(size: Size(width: 12, height: 3))
            var state = HeatMapState()
            HeatMapGrid(rowCount: 2, columnCount: 8, ramp: ramp, rowLabel: { "r\($0)" }, columnHeader: { "\($0)" },
                        intensity: { row, column in row == 0 ? column % 4 : nil })
                .render(in: buffer.area, buffer: &buffer, state: &state)
            XCTAssertTrue(buffer.lines[1].contains(ramp.glyphs[3]), "\(name): the grid drew no strongest glyph")
            assertTerminalAgrees(with: buffer, "heat map \(name)")
        }
    }

    func testEverySparklineLevelIsOneColumnEverywhere() {
        for glyphs in [Sparkline.blocks, Sparkline.ascii] {
            var buffer = Buffer(size: Size(width: 9, height: 1))
            Sparkline(counts: Array(0...8), glyphs: glyphs).render(in: buffer.area, buffer: &buffer)
            XCTAssertEqual(buffer.lines[0], glyphs.joined())
            assertTerminalAgrees(with: buffer, "sparkline")
        }
    }

    func testEveryBraillePatternTheLineChartCanDrawIsOneColumnEverywhere() {
        for value in UInt32(0x2801)...0x28FF {
            assertTerminalAgrees(String(Character(Unicode.Scalar(value)!)), width: 1, "braille")
        }
        var buffer = Buffer(size: Size(width: 30, height: 4))
        LineChart([1, 7, 2, 6, 3, 5, 4, 4, 1, 7], marker: .braille).render(in: buffer.area, buffer: &buffer)
        XCTAssertTrue(buffer.lines.joined().unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) }, "no braille drawn")
        assertTerminalAgrees(with: buffer, "line chart")
    }

    func testEveryBorderKindAndItsTruncatedTitleAreOneColumnEverywhere() {
        for kind in [Block.BorderKind.plain, .rounded, .double, .ascii] {
            var buffer = Buffer(size: Size(width: 10, height: 3))
            Block(title: "A title far too long", border: kind).render(in: buffer.area, buffer: &buffer)
            XCTAssertTrue(buffer.lines[0].contains(String(Truncation.ellipsis)), "\(kind): the title was not shortened")
            assertTerminalAgrees(with: buffer, "border \(kind)")
        }
    }

    func testTabsHintsAndGridMarksAreOneColumnEverywhere() {
        var buffer = Buffer(size: Size(width: 40, height: 2))
        Tabs(["Sessions", "Timeline", "Patterns"], selected: 1).render(in: Rect(x: 0, y: 0, width: 40, height: 1), buffer: &buffer)
        for glyph in ["×", "·", "›", "→", "↓", "–", "…", "▪", "■"] { assertTerminalAgrees(glyph, width: 1, "mark") }
        assertTerminalAgrees(with: buffer, "tabs")
    }
}
