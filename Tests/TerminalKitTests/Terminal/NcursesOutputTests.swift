import CNcursesw
import Foundation
import XCTest
@testable import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// What the ncurses backend sends a terminal, replayed through `TerminalScreenModel`: the screen
/// a person would see, compared with the buffer the app drew. Also the colours ncurses holds
/// for each cell when the terminal has few colours or few pairs.
final class NcursesOutputTests: XCTestCase {
    private var pty: PseudoTerminal?
    private var terminal: NcursesTerminal?

    override func tearDown() {
        terminal?.stop()
        pty?.close()
    }

    private func start(term: String, columns: Int, rows: Int, environment: [String: String] = [:]) throws -> (PseudoTerminal, NcursesTerminal) {
        let pty = try PseudoTerminal(columns: columns, rows: rows)
        let terminal = NcursesTerminal(environment: ["TERM": term].merging(environment) { $1 })
        try terminal.start(input: XCTUnwrap(fdopen(pty.slave, "r")), output: XCTUnwrap(fdopen(dup(pty.slave), "w")), term: term, ownsFiles: true)
        self.pty = pty
        self.terminal = terminal
        return (pty, terminal)
    }

    /// Everything the terminal has been sent so far, once the drain thread has caught up.
    private func settledOutput(_ pty: PseudoTerminal) -> [UInt8] {
        var last = -1
        var stableFor = 0
        for _ in 0..<300 where stableFor < 5 {
            let count = pty.received.count
            stableFor = count == last ? stableFor + 1 : 0
            last = count
            usleep(10_000)
        }
        return pty.received
    }

    /// Writes a row as the Timeline does: a label, one cell per session (shades, dots where no
    /// session was held, the cursor reversed), the count and a sparkline to the last column.
    private func timelineRow(_ buffer: inout Buffer, y: Int, label: String, seed: Int, cursor: Int?) {
        let width = buffer.area.width
        buffer.setString(x: 0, y: y, Truncation.fit("  " + label, toWidth: 27))
        let glyphs = HeatRamp.shades.glyphs
        for column in 0..<69 {
            let level = (column * 7 + seed * 3) % 6
            let cell = level < 4
                ? Cell(grapheme: glyphs[level], width: 1, style: Style(foreground: .indexed(255), background: .indexed(UInt8(234 + level * 3))))
                : Cell(grapheme: "·", width: 1, style: Style(foreground: .indexed(245)))
            var drawn = cell
            if column == cursor { drawn.style = drawn.style.patched(with: Style(modifiers: .reverse)) }
            buffer[28 + column, y] = drawn
        }
        buffer.setString(x: 98, y: y, Truncation.fit(String(seed * 7 % 30), toWidth: 3, alignment: .right), style: Style(foreground: .indexed(245)))
        let counts = (0..<(width - 102)).map { ($0 * 5 + seed) % 9 }
        Sparkline(counts: counts, style: Style(foreground: .indexed(68))).render(in: Rect(x: 102, y: y, width: width - 102, height: 1), buffer: &buffer)
    }

    private func assertTerminalShows(_ buffer: Buffer, bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertNotNil(String(validating: bytes, as: UTF8.self), "the terminal was sent broken UTF-8", file: file, line: line)
        XCTAssertFalse(text.contains("\u{FFFD}"), "the terminal was sent a replacement character", file: file, line: line)
        var model = TerminalScreenModel(columns: buffer.area.width, rows: buffer.area.height)
        model.feed(bytes)
        for (row, (shown, drawn)) in zip(model.lines, buffer.lines).enumerated() {
            XCTAssertEqual(shown, drawn, "row \(row) on the terminal is not the row drawn", file: file, line: line)
        }
    }

    func testTimelineRowsOfShadesCountsAndSparklinesReachTheTerminalWhole() throws {
        let (pty, terminal) = try start(term: "xterm-256color", columns: 120, rows: 8)
        var buffer = Buffer(size: Size(width: 120, height: 8))
        for (y, label) in ["Fear of dependency", "Rivalry", "Shame", "Devaluation of other's image (4)"].enumerated() {
            timelineRow(&buffer, y: y, label: label, seed: y + 1, cursor: y == 1 ? 40 : nil)
        }
        var chart = Buffer(size: Size(width: 120, height: 2))
        LineChart([6, 2, 5, 1, 7, 3, 4, 6, 2, 5, 1, 7, 3], marker: .braille).render(in: chart.area, buffer: &chart)
        for x in 0..<120 { buffer[x, 4] = chart[x, 0]; buffer[x, 5] = chart[x, 1] }
        buffer.setString(x: 0, y: 6, "“He worried that needing Δέσποινα would make him weak.” 李晓雯 e\u{301} ▪■█ ×")
        terminal.draw(buffer, cursor: nil)
        assertTerminalShows(buffer, bytes: settledOutput(pty))

        // The next frame moves the cursor and puts shades where the wide characters were.
        for (y, label) in ["Fear of dependency", "Rivalry", "Shame", "Devaluation of other's image (4)"].enumerated() {
            timelineRow(&buffer, y: y, label: label, seed: y + 2, cursor: y == 2 ? 68 : nil)
        }
        buffer.setString(x: 57, y: 6, "▒▒▒▒▒▒▒")
        terminal.draw(buffer, cursor: Position(x: 96, y: 2))
        assertTerminalShows(buffer, bytes: settledOutput(pty))
    }

    func testEveryColourPairOfAnEightColourTerminalIsDrawnInItsOwnColours() throws {
        let (_, terminal) = try start(term: "xterm", columns: 90, rows: 4)
        XCTAssertEqual(terminal.colorDepth, .ansi8)
        let colours: [Color] = [.default] + (0..<8).map { Color.indexed(UInt8($0)) }
        let pairs = colours.flatMap { fg in colours.map { bg in (fg, bg) } }.filter { $0 != (.default, .default) }
        XCTAssertEqual(pairs.count, 80, "more than the 64 pairs terminfo lists for xterm")
        for frame in 0..<2 {
            var buffer = Buffer(size: Size(width: 90, height: 4))
            for (i, pair) in pairs.enumerated() {
                // The second frame puts every pair in another column, so every cell is written again.
                let x = frame == 0 ? i : pairs.count - 1 - i
                buffer[x, frame] = Cell(grapheme: "▒", width: 1, style: Style(foreground: pair.0, background: pair.1))
            }
            terminal.draw(buffer, cursor: nil)
            for x in 0..<pairs.count {
                let cell = buffer[x, frame]
                let shown = try XCTUnwrap(terminal.screenCell(x: x, y: frame))
                XCTAssertEqual(shown.foreground, Self.number(cell.style.foreground), "frame \(frame): foreground of cell \(x)")
                XCTAssertEqual(shown.background, Self.number(cell.style.background), "frame \(frame): background of cell \(x)")
            }
        }
    }

    func testTruecolorAskedOfAnEightColourTerminfoDrawsInItsEightColours() throws {
        let (_, terminal) = try start(term: "xterm", columns: 20, rows: 2, environment: ["COLORTERM": "truecolor"])
        XCTAssertEqual(terminal.colorDepth, .ansi8)
        var buffer = Buffer(size: Size(width: 20, height: 2))
        buffer[0, 0] = Cell(grapheme: "▓", width: 1, style: Style(foreground: .rgb(255, 80, 80), background: .indexed(4)))
        buffer[1, 0] = Cell(grapheme: "▓", width: 1, style: Style(foreground: .indexed(12)))
        terminal.draw(buffer, cursor: nil)
        XCTAssertEqual(terminal.screenCell(x: 0, y: 0)?.foreground, 1, "bright red comes down to red")
        XCTAssertEqual(terminal.screenCell(x: 0, y: 0)?.background, 4)
        XCTAssertEqual(terminal.screenCell(x: 1, y: 0)?.foreground, 4, "bright blue comes down to blue")
    }

    private static func number(_ color: Color) -> Int32 {
        if case let .indexed(i) = color { return Int32(i) }
        return -1
    }
}
