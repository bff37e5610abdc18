import XCTest
@testable import TerminalKit

final class ChartTests: XCTestCase {
    func testSparklineShowsNewestValuesAtTwoWidths() {
        let spark = Sparkline(counts: [0, 1, 2, 3, 4, 5, 6, 7, 8])
        let wide = screen(20, 1) { spark.render(in: $0.area, buffer: &$0) }
        XCTAssertNil(wide.linesMismatch([" ▁▂▃▄▅▆▇█"]))
        let narrow = screen(5, 1) { spark.render(in: $0.area, buffer: &$0) }
        XCTAssertNil(narrow.linesMismatch(["▄▅▆▇█"]))
        let ascii = screen(20, 1) { Sparkline(counts: [0, 1, 8], glyphs: Sparkline.ascii).render(in: $0.area, buffer: &$0) }
        XCTAssertNil(ascii.linesMismatch([" .#"]))
    }

    func testSparklineMissingValuesAreBlankAndFixedMaximumScales() {
        let s = screen(4, 1) { Sparkline([2, nil, 4, 8], maximum: 8).render(in: $0.area, buffer: &$0) }
        XCTAssertNil(s.linesMismatch(["▂ ▄█"]))
    }

    private let labels = ["Abandonment", "Anger", "Envy"]

    private func grid(rows: Int = 3, onAsk: @escaping () -> Void = {}) -> HeatMapGrid {
        HeatMapGrid(rowCount: rows, columnCount: 30, rowLabel: { self.labels[$0 % 3] + ($0 >= 3 ? "\($0)" : "") },
                    columnHeader: { "\($0 + 1)" }) { r, c in
            onAsk()
            return (r + c) % 4
        }
    }

    private func ramp(_ row: Int, _ columns: Range<Int>) -> String {
        let glyphs = HeatRamp.shades.glyphs
        return columns.map { glyphs[(row + $0) % 4] }.joined()
    }

    func testHeatMapAtFullWidthShowsLabelsHeadersAndShades() {
        var state = HeatMapState()
        let s = screen(40, 4) { self.grid().render(in: $0.area, buffer: &$0, state: &state) }
        XCTAssertNil(s.linesMismatch([
            "            1 3 5 7 9 11 14 17 20 23 26",
            "Abandonment " + ramp(0, 0..<28),
            "Anger       " + ramp(1, 0..<28),
            "Envy        " + ramp(2, 0..<28),
        ]))
        XCTAssertEqual(s.modifierMask(.reverse)[1], String(repeating: ".", count: 12) + "#" + String(repeating: ".", count: 27))
    }

    func testHeatMapScrollsColumnsToTheCursorKeepingLabelsAndAskingOnlyForVisibleCells() {
        var calls = 0
        var state = HeatMapState(cursorRow: 0, cursorColumn: 29)
        let s = screen(20, 4) { self.grid(onAsk: { calls += 1 }).render(in: $0.area, buffer: &$0, state: &state) }
        XCTAssertEqual(state.columnOffset, 17)
        XCTAssertEqual(calls, 3 * 13)
        XCTAssertNil(s.linesMismatch([
            "       18 21 24 27",
            "Aband… " + ramp(0, 17..<30),
            "Anger  " + ramp(1, 17..<30),
            "Envy   " + ramp(2, 17..<30),
        ]))
        XCTAssertEqual(s.modifierMask(.reverse)[1], String(repeating: ".", count: 19) + "#")
    }

    func testHeatMapScrollsRowsToTheCursorKeepingHeaders() {
        var state = HeatMapState(cursorRow: 9, cursorColumn: 0)
        let s = screen(20, 4) { self.grid(rows: 10).render(in: $0.area, buffer: &$0, state: &state) }
        XCTAssertEqual(state.rowOffset, 7)
        XCTAssertNil(s.linesMismatch([
            "       1 3 5 7 9 11",
            "Anger7 " + ramp(7, 0..<13),
            "Envy8  " + ramp(8, 0..<13),
            "Aband… " + ramp(9, 0..<13),
        ]))
        XCTAssertEqual(s.modifierMask(.reverse)[3], ".......#" + String(repeating: ".", count: 12))
    }

    func testLineChartLabelsRangeAndLeavesGaps() {
        let ascii = screen(5, 3) { LineChart([0, nil, 2], marker: .ascii, decimals: 0).render(in: $0.area, buffer: &$0) }
        XCTAssertNil(ascii.linesMismatch(["2│  *", " │", "0│*"]))
        let wide = screen(12, 3) { LineChart([0, nil, 2], marker: .ascii, decimals: 0).render(in: $0.area, buffer: &$0) }
        XCTAssertNil(wide.linesMismatch(["2│         *", " │", "0│*"]))
    }

    func testLineChartBrailleDrawsAConnectedLine() {
        let s = screen(12, 4) { LineChart([1.0, 2.0, 3.0, 4.0], decimals: 1).render(in: $0.area, buffer: &$0) }
        let lines = s.lines
        XCTAssertTrue(lines[0].hasPrefix("4.0│"))
        XCTAssertTrue(lines[3].hasPrefix("1.0│"))
        for (row, line) in lines.enumerated() {
            let plot = line.dropFirst(4)
            XCTAssertTrue(plot.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "row \(row) has part of the line")
        }
        XCTAssertTrue(lines[0].last.map { $0 != " " } ?? false, "the highest value ends top right")
    }
}

final class ChartEdgeCaseTests: XCTestCase {
    func testEmptyHeatMapWithStaleCursorDrawsNothingAndResetsCursor() {
        var state = HeatMapState(cursorRow: 40, cursorColumn: 900)
        let grid = HeatMapGrid(rowCount: 0, columnCount: 0, rowLabel: { "\($0)" }, columnHeader: { "\($0)" }) { _, _ in 1 }
        let s = screen(20, 4) { grid.render(in: $0.area, buffer: &$0, state: &state) }
        XCTAssertNil(s.linesMismatch(["", "", "", ""]))
        XCTAssertEqual(state.cursorRow, 0)
        XCTAssertEqual(state.cursorColumn, 0)
    }

    func testNonFiniteValuesAreGapsNotCrashes() {
        let spark = screen(4, 1) { Sparkline([1, .nan, .infinity, 2]).render(in: $0.area, buffer: &$0) }
        XCTAssertNil(spark.linesMismatch(["▄  █"]))
        let chart = screen(5, 3) { LineChart([0, .nan, 2], marker: .ascii, decimals: 0).render(in: $0.area, buffer: &$0) }
        XCTAssertNil(chart.linesMismatch(["2│  *", " │", "0│*"]))
    }
}
