import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import CasebookTUI
@testable import TerminalKit

/// Every cell of every demo screen, at the sizes people use, takes in the terminal the columns
/// the buffer gave it: the C library's `wcwidth` (what ncurses and tmux advance by) agrees, and
/// the ncurses backend writes the cell's own text, not a U+FFFD stand-in. A disagreement would
/// shift the rest of the row on a real terminal while every buffer test still passed.
final class ScreenGlyphWidthTests: XCTestCase {
    /// Keys from the Clients screen to each screen, and text only that screen shows.
    private static let routes: [(name: String, keys: [KeyEvent], shows: String)] = [
        ("Clients", [], "Last seen"),
        ("Client", [KeyEvent(.enter)], "Attended"),
        ("Timeline", [KeyEvent(.enter), .char("6"), KeyEvent(.enter), .char("j"), .char("j")], "Timeline "),
        ("Patterns", [KeyEvent(.enter), .char("7"), KeyEvent(.enter)], "Co-occurrence"),
        ("Session", [KeyEvent(.enter), KeyEvent(.enter)], "Observations"),
        ("Search", [.char("/"), .char("l"), .char("o"), .char("s"), .char("s")], "Search loss"),
        ("Caseload", [.char(":")] + "caseload".map { KeyEvent.char(String($0)) } + [KeyEvent(.enter)], "themes recurring"),
        ("Settings", [.char(":")] + "settings".map { KeyEvent.char(String($0)) } + [KeyEvent(.enter)], "Settings"),
        ("Help", [.char("?")], "Help — Clients"),
    ]

    func testEveryCellOfEveryDemoScreenTakesTheColumnsTheTerminalGivesIt() throws {
        let fixture = try StoreFixture(demo: true)
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 50)] {
            for route in Self.routes {
                var h = fixture.harness(size: size)
                for key in route.keys { h.key(key) }
                let buffer = h.render().buffer
                let place = "\(route.name) at \(size.width)×\(size.height)"
                XCTAssertTrue(buffer.lines.contains { $0.contains(route.shows) }, "\(place) is not on screen:\n\(buffer.lines.joined(separator: "\n"))")
                var disagreements: [String] = []
                for y in 0..<size.height {
                    for x in 0..<size.width {
                        let cell = buffer[x, y]
                        guard !cell.isContinuation, let first = cell.grapheme.unicodeScalars.first else { continue }
                        // Sequences of several scalars are drawn narrower and padded by the
                        // backend (its own tests); single characters must agree outright.
                        let written = NcursesTerminal.cellCharacters(cell.grapheme, width: cell.width)
                        let single = cell.grapheme.unicodeScalars.count == 1
                        if (single && Self.terminalColumns(first) != cell.width) || (written.chars.first == 0xFFFD && first != "\u{FFFD}") {
                            disagreements.append("\(x),\(y) \(cell.grapheme.debugDescription) buffer \(cell.width) terminal \(Self.terminalColumns(first))")
                        }
                    }
                }
                XCTAssertTrue(disagreements.isEmpty, "\(place): \(disagreements.prefix(10).joined(separator: "; "))")
            }
        }
    }

    /// The C library's `wcwidth` in a UTF-8 locale, asked directly (what xterm and tmux use),
    /// so the screens are measured against the terminal rather than TerminalKit's own function.
    private static func terminalColumns(_ scalar: Unicode.Scalar) -> Int {
        guard let locale = utf8Locale else { return -2 }
        let previous = uselocale(locale)
        defer { uselocale(previous) }
        return Int(libcWCWidth(Int32(bitPattern: scalar.value)))
    }

    nonisolated(unsafe) private static let utf8Locale: locale_t? = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)
}

@_silgen_name("wcwidth")
private func libcWCWidth(_ c: Int32) -> Int32
