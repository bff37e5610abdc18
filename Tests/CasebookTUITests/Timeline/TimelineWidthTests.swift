import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

/// A wide terminal shows the timeline across its width instead of leaving the right side empty.
final class TimelineWidthTests: XCTestCase {
    private func rendered(width: Int, height: Int) throws -> (state: TimelineState, lines: [String]) {
        let fixture = try TimelineTestStore.shared()
        var state = try TimelineScreen.open(
            clientID: try fixture.clientID(.maturingDefenses), store: fixture.store, now: Date(), timeZone: TimelineTestStore.utc)
        _ = TimelineScreen.update(&state, .resized(Size(width: width, height: height)))
        let lines = TimelineTestStore.lines(width: width, height: height) { area, buffer in
            _ = TimelineScreen.render(state, in: area, buffer: &buffer, theme: .builtinDefault, codeOnly: false)
        }
        return (state, lines)
    }

    /// The rows of tags, as drawn: label, cells, count and sparkline.
    private func tagRows(_ lines: [String], _ state: TimelineState) -> [String] {
        let labels = state.grid.rows.map { "  " + TimelineLayout.label($0.tag) }
        return lines.filter { line in labels.contains { line.hasPrefix(String($0.prefix(8))) } }
    }

    func testAWindowThatFitsSpreadsItsSessionsAcrossAWideTerminal() throws {
        let (state, lines) = try rendered(width: 200, height: 50)
        XCTAssertLessThan(state.grid.columns.count * 2, 150, "a window that fits twice over")
        let rows = tagRows(lines, state)
        XCTAssertFalse(rows.isEmpty)
        // Count then 16-column sparkline end at the right edge: the cells fill what is left of them.
        let counts = Set(state.grid.rows.map { String($0.count) })
        for row in rows {
            let chars = Array(row)
            XCTAssertEqual(chars.count, 200)
            let count = String(chars[178..<184]).trimmingCharacters(in: .whitespaces)
            XCTAssertTrue(counts.contains(count), "the row's count sits just left of its sparkline:\n\(row)")
        }
        // The session numbers spread with the cells: the last session is labelled far right.
        let numbers = lines[1]
        let last = try XCTUnwrap(numbers.range(of: " \(state.grid.columns.last!.session)", options: .backwards))
        XCTAssertGreaterThan(numbers.distance(from: numbers.startIndex, to: last.lowerBound), 150, numbers)
    }
}
