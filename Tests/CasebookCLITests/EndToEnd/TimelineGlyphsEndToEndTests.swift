import CasebookCore
import Foundation
import XCTest

/// The Timeline's shade, dot and bar glyphs on a real terminal (tmux), read back as a person
/// sees them: every code row whole, its count and sparkline where the layout put them.
final class TimelineGlyphsEndToEndTests: EndToEndTestCase {
    func testEveryTimelineRowKeepsItsCountAndSparklineOnWideTerminals() throws {
        let caseload = try openDemo(clients: 12, width: 120, height: 40)
        // The client with the most sessions fills the most cells with glyphs.
        let busiest = try XCTUnwrap(caseload.clients.max { $0.sessions.count < $1.sessions.count })
        let position = try XCTUnwrap(caseload.clients.map(\.code).sorted().firstIndex(of: busiest.code))
        for _ in 0..<position { try tmux.send("j") }
        try tmux.send("Enter")
        try tmux.waitFor("Sessions")
        try tmux.send("6")
        try tmux.waitFor("Enter opens it")
        try tmux.send("Enter")
        try tmux.waitFor("Timeline \(busiest.code)")
        try assertRowsWhole(width: 120, sessions: busiest.sessions.count)

        try tmux.resize(width: 200, height: 50)
        Thread.sleep(forTimeInterval: 0.5)
        try tmux.waitFor("Timeline \(busiest.code)")
        try assertRowsWhole(width: 200, sessions: busiest.sessions.count)
    }

    /// Each code row (indented under its category heading, above the ODF line) ends with its
    /// count, right-aligned in one column for all rows, then bars; no row is cut or shifted.
    private func assertRowsWhole(width: Int, sessions: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let screen = try tmux.screen()
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertFalse(screen.contains("\u{FFFD}"), "a replacement character on screen:\n\(screen)", file: file, line: line)
        for text in lines { XCTAssertLessThanOrEqual(text.count, width, "a line wider than the terminal: \(text)", file: file, line: line) }
        guard let first = lines.firstIndex(where: { $0.hasPrefix("Theme") }),
              let end = lines.firstIndex(where: { $0.hasPrefix("ODF") }) else {
            return XCTFail("no Timeline grid on screen:\n\(screen)", file: file, line: line)
        }
        let rows = lines[(first + 1)..<end].filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
        XCTAssertGreaterThan(rows.count, 10, "too few code rows:\n\(screen)", file: file, line: line)
        let pattern = try NSRegularExpression(pattern: " ([0-9]+) ([ ▁▂▃▄▅▆▇█]*[▁▂▃▄▅▆▇█][ ▁▂▃▄▅▆▇█]*)$")
        var countColumns: Set<Int> = []
        for row in rows {
            let range = NSRange(row.startIndex..., in: row)
            guard let match = pattern.firstMatch(in: row, range: range), let count = Range(match.range(at: 1), in: row),
                  let number = Int(row[count]) else {
                XCTFail("row without its count and sparkline: \(row)\n\(screen)", file: file, line: line)
                continue
            }
            XCTAssertTrue((1...sessions).contains(number), "count \(number) in: \(row)", file: file, line: line)
            countColumns.insert(row.distance(from: row.startIndex, to: count.upperBound))
        }
        XCTAssertEqual(countColumns.count, 1, "counts end in different columns, so some row shifted:\n\(screen)", file: file, line: line)
    }
}
