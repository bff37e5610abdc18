import CNcursesw
import Foundation
import XCTest
@testable import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// Drives the real ncurses backend on a pseudo-terminal. ncurses has one current SCREEN per
/// process, so each test starts and stops its own terminal.
final class NcursesTerminalTests: XCTestCase {
    private var pty: PseudoTerminal!
    private var terminal: NcursesTerminal!

    override func setUpWithError() throws {
        pty = try PseudoTerminal(columns: 40, rows: 10)
        let input = try XCTUnwrap(fdopen(pty.slave, "r"))
        let output = try XCTUnwrap(fdopen(dup(pty.slave), "w"))
        terminal = NcursesTerminal(environment: ["TERM": "xterm-256color"])
        try terminal.start(input: input, output: output, term: "xterm-256color", ownsFiles: true)
    }

    override func tearDown() {
        terminal.stop()
        pty.close()
    }

    private func sampleBuffer() -> Buffer {
        var buffer = Buffer(size: Size(width: 40, height: 10))
        func put(_ text: [(String, Int)], row: Int, style: Style = .plain) {
            var x = 0
            for (g, w) in text {
                buffer[x, row] = Cell(grapheme: g, width: w, style: style)
                if w == 2 { buffer[x + 1, row] = .continuation(style: style) }
                x += w
            }
        }
        put("Session 12".map { (String($0), 1) }, row: 0, style: Style(foreground: .rgb(0x5f, 0xaf, 0xd7), modifiers: [.bold]))
        put("café naïve".map { (String($0), 1) }, row: 1)
        put([("e\u{301}", 1), ("x", 1)], row: 2)
        put([("日", 2), ("本", 2), ("語", 2), ("!", 1)], row: 3, style: Style(background: .indexed(236)))
        put([("🙂", 2), ("a", 1), ("👩‍💻", 2), ("b", 1)], row: 4, style: Style(modifiers: [.underline, .reverse]))
        return buffer
    }

    private func assertScreenMatches(_ buffer: Buffer, file: StaticString = #filePath, line: UInt = #line) {
        for y in 0..<buffer.area.height {
            for x in 0..<buffer.area.width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                guard let shown = terminal.screenCell(x: x, y: y) else { return XCTFail("no cell at \(x),\(y)", file: file, line: line) }
                let expected = cell.grapheme == "👩‍💻" ? "👩" : cell.grapheme
                XCTAssertEqual(shown.text, expected, "cell \(x),\(y)", file: file, line: line)
                XCTAssertEqual(shown.modifiers, cell.style.modifiers, "cell \(x),\(y)", file: file, line: line)
            }
        }
    }

    func testDrawnBufferReadsBackCellForCellIncludingWideAndCombining() {
        XCTAssertEqual(terminal.size, Size(width: 40, height: 10))
        let buffer = sampleBuffer()
        terminal.draw(buffer, cursor: Position(x: 3, y: 1))
        assertScreenMatches(buffer)
        // Cells after a wide character stay in their columns.
        XCTAssertEqual(terminal.screenCell(x: 6, y: 3)?.text, "!")
        XCTAssertEqual(terminal.screenCell(x: 2, y: 4)?.text, "a")
        XCTAssertEqual(terminal.screenCell(x: 5, y: 4)?.text, "b")
    }

    func testSecondFrameChangesOnlyWhatDiffersAndStaysCorrect() {
        var buffer = sampleBuffer()
        terminal.draw(buffer, cursor: nil)
        buffer[0, 3] = Cell(grapheme: "x")
        buffer[1, 3] = Cell(grapheme: "y")
        buffer[0, 1] = Cell(grapheme: "C", style: Style(modifiers: [.italic]))
        terminal.draw(buffer, cursor: nil)
        assertScreenMatches(buffer)
    }

    func testOutputEnablesBracketedPasteAndCarriesTheText() {
        terminal.draw(sampleBuffer(), cursor: nil)
        XCTAssertTrue(waitForOutput("語"))
        let text = String(decoding: pty.received, as: UTF8.self)
        XCTAssertTrue(text.contains("\u{1b}[?2004h"))
        XCTAssertTrue(text.contains("日"))
    }

    /// Waits (bounded, generously) for the drain thread to have seen `needle`.
    private func waitForOutput(_ needle: String) -> Bool {
        for _ in 0..<500 {
            if String(decoding: pty.received, as: UTF8.self).contains(needle) { return true }
            usleep(10_000)
        }
        return false
    }

    func testTypedBytesArriveAsDecodedEvents() {
        pty.type(Array("\u{1b}[1;5Ah\u{1b}[200~:q\r\u{1b}[201~".utf8))
        var events: [Event] = []
        for _ in 0..<20 where events.count < 3 {
            events += terminal.readEvents(timeout: .milliseconds(200))
        }
        XCTAssertEqual(events, [.key(KeyEvent(.up, modifiers: .ctrl)), .key(.char("h")), .paste(":q\n")])
    }

    func testLoneEscapeIsDeliveredAfterTheEscDelay() {
        pty.type([0x1b])
        var events: [Event] = []
        for _ in 0..<20 where events.isEmpty {
            events += terminal.readEvents(timeout: .milliseconds(200))
        }
        XCTAssertEqual(events, [.key(KeyEvent(.escape))])
    }

    func testCtrlZArrivesAsAKeyForTheAppToHandle() {
        pty.type([0x1a])
        var events: [Event] = []
        for _ in 0..<20 where events.isEmpty {
            events += terminal.readEvents(timeout: .milliseconds(200))
        }
        XCTAssertEqual(events, [.key(.ctrl("z"))])
    }

    func testCtrlCAndCtrlBackslashInsideAPasteStayText() {
        pty.type(Array("\u{1b}[200~vor \u{03} mitte \u{1c} nach\u{1b}[201~".utf8))
        var events: [Event] = []
        for _ in 0..<20 where events.isEmpty {
            events += terminal.readEvents(timeout: .milliseconds(200))
        }
        XCTAssertEqual(events, [.paste("vor \u{03} mitte \u{1c} nach")])
    }

    func testTypedCtrlCStillAsksTheAppToQuit() {
        pty.type([0x03])
        var events: [Event] = []
        for _ in 0..<20 where events.isEmpty {
            events += terminal.readEvents(timeout: .milliseconds(200))
        }
        XCTAssertEqual(events, [.interrupt(SIGINT)])
    }

    func testResizeSignalReportsTheNewSize() {
        pty.setSize(columns: 50, rows: 12)
        raise(SIGWINCH)
        let events = terminal.readEvents(timeout: .milliseconds(500))
        XCTAssertEqual(events, [.resize(Size(width: 50, height: 12))])
        XCTAssertEqual(terminal.size, Size(width: 50, height: 12))
        var buffer = Buffer(size: Size(width: 50, height: 12))
        buffer[49, 11] = Cell(grapheme: "z")
        terminal.draw(buffer, cursor: nil)
        XCTAssertEqual(terminal.screenCell(x: 49, y: 11)?.text, "z")
    }

    func testResizeDuringAWaitWakesTheLoopAtOnce() {
        pty.setSize(columns: 30, rows: 8)
        let signaller = Thread {
            usleep(50_000)
            raise(SIGWINCH)
        }
        signaller.start()
        XCTAssertEqual(terminal.readEvents(timeout: .seconds(30)), [.resize(Size(width: 30, height: 8))])
    }

    func testColourDepthFollowsTerminfoAndNoColor() throws {
        XCTAssertEqual(terminal.colorDepth, .indexed256)
        terminal.stop()
        pty.close()
        pty = try PseudoTerminal(columns: 20, rows: 5)
        terminal = NcursesTerminal(environment: ["TERM": "xterm-256color", "NO_COLOR": "1"])
        try terminal.start(input: XCTUnwrap(fdopen(pty.slave, "r")), output: XCTUnwrap(fdopen(dup(pty.slave), "w")), term: "xterm-256color", ownsFiles: true)
        XCTAssertEqual(terminal.colorDepth, .monochrome)
        var buffer = Buffer(size: Size(width: 20, height: 5))
        buffer[0, 0] = Cell(grapheme: "A", style: Style(foreground: .rgb(255, 0, 0), modifiers: [.bold]))
        terminal.draw(buffer, cursor: nil)
        XCTAssertEqual(terminal.screenCell(x: 0, y: 0)?.modifiers, [.bold])
    }

    func testTerminationSignalBecomesAnInterruptEventNotADeath() {
        raise(SIGTERM)
        XCTAssertEqual(terminal.readEvents(timeout: .milliseconds(500)), [.interrupt(SIGTERM)])
    }

    func testCrashRestoreGivesTheShellBackItsTtyModesAndScreen() {
        var modes = termios()
        XCTAssertEqual(tcgetattr(pty.slave, &modes), 0)
        XCTAssertEqual(modes.c_lflag & tcflag_t(ICANON), 0, "the interface runs without line editing")
        TerminalSignals.restoreTerminalForCrash()
        XCTAssertEqual(tcgetattr(pty.slave, &modes), 0)
        XCTAssertNotEqual(modes.c_lflag & tcflag_t(ICANON), 0, "line editing is back for the shell")
        XCTAssertNotEqual(modes.c_lflag & tcflag_t(ECHO), 0, "echo is back for the shell")
        XCTAssertTrue(waitForOutput("\u{1b}[?2004l\u{1b}[0m\u{1b}[?25h\u{1b}[?1049l"))
    }

    func testRunChildReturnsExitStatusAndScreenIsRestored() {
        let buffer = sampleBuffer()
        terminal.draw(buffer, cursor: nil)
        XCTAssertEqual(terminal.runChild(["/bin/sh", "-c", "exit 3"]), 3)
        XCTAssertEqual(terminal.runChild(["/nonexistent/editor"]), 127)
        XCTAssertTrue(terminal.isRunning)
        terminal.draw(buffer, cursor: nil)
        assertScreenMatches(buffer)
    }

    func testStopIsIdempotentAndReleasesTheTerminal() {
        var modes = termios()
        terminal.stop()
        XCTAssertFalse(terminal.isRunning)
        terminal.stop()
        XCTAssertEqual(tcgetattr(pty.slave, &modes), -1, "the terminal's files are closed after stop")
        XCTAssertTrue(waitForOutput("\u{1b}[?2004l"), "bracketed paste is turned off again")
    }

    func testCellCharactersKeepColumnsForZWJSequences() {
        XCTAssertEqual(NcursesTerminal.cellCharacters("👩‍💻", width: 2).width, 2)
        XCTAssertEqual(NcursesTerminal.cellCharacters("e\u{301}", width: 1).chars.count, 2)
        XCTAssertEqual(NcursesTerminal.cellCharacters("\u{301}", width: 1).chars, [0xFFFD])
        // glibc calls U+2764 narrow; the buffer calls ❤️ wide: the narrow form is drawn and padded.
        let heart = NcursesTerminal.cellCharacters("\u{2764}\u{FE0F}", width: 2)
        XCTAssertEqual(heart.chars, [0x2764])
        XCTAssertEqual(heart.width, 1)
        XCTAssertEqual(NcursesTerminal.cellCharacters("日", width: 1).chars, [0xFFFD], "never wider than the buffer allows")
    }
}
