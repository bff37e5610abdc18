import XCTest
@testable import TerminalKit

final class ListAndTableTests: XCTestCase {
    func testListOfManyRowsAsksOnlyForVisibleRows() {
        var asked: [Int] = []
        var state = ListState(selected: 0)
        let list = ListView(itemCount: 100_000, highlightSymbol: "> ") { i in asked.append(i); return Line("Client \(i)") }
        let s = screen(20, 5) { list.render(in: $0.area, buffer: &$0, state: &state) }
        XCTAssertEqual(asked, [0, 1, 2, 3, 4])
        XCTAssertNil(s.linesMismatch(["> Client 0", "  Client 1", "  Client 2", "  Client 3", "  Client 4"]))
        XCTAssertEqual(s.modifierMask(.reverse)[0], String(repeating: "#", count: 20))

        asked = []
        state.selectLast(itemCount: 100_000)
        let end = screen(10, 5) { list.render(in: $0.area, buffer: &$0, state: &state) }
        XCTAssertEqual(asked, Array(99_995..<100_000))
        XCTAssertEqual(state.offset, 99_995)
        XCTAssertNil(end.linesMismatch(["  Client …", "  Client …", "  Client …", "  Client …", "> Client …"]))
    }

    func testSelectionStaysVisibleAndPagesMove() {
        var state = ListState(selected: 0)
        let list = ListView(itemCount: 50) { Line("row \($0)") }
        _ = screen(10, 5) { list.render(in: $0.area, buffer: &$0, state: &state) }
        state.pageDown(itemCount: 50)
        XCTAssertEqual(state.selected, 4)
        state.pageDown(itemCount: 50)
        let s = screen(10, 5) { list.render(in: $0.area, buffer: &$0, state: &state) }
        XCTAssertEqual(state.selected, 8)
        XCTAssertNil(s.linesMismatch(["row 4", "row 5", "row 6", "row 7", "row 8"]))
        state.pageUp(itemCount: 50); state.pageUp(itemCount: 50); state.pageUp(itemCount: 50)
        XCTAssertEqual(state.selected, 0)
        state.selectPrevious(itemCount: 50)
        XCTAssertEqual(state.selected, 0)
    }

    func testListClampsSelectionWhenItemsShrink() {
        var state = ListState(selected: 40, offset: 38)
        _ = screen(10, 3) { ListView(itemCount: 2) { Line("r\($0)") }.render(in: $0.area, buffer: &$0, state: &state) }
        XCTAssertEqual(state.selected, 1)
        XCTAssertEqual(state.offset, 0)
    }

    private let rows = [["C-001", "Ana Example", "12"], ["C-002", "Bruno Placeholder", "3"], ["C-003", "Chloé Sample", "104"]]

    private func table() -> Table {
        Table(columns: [TableColumn("Code", width: .length(6)), TableColumn("Name", width: .fill(1)),
                        TableColumn("Sessions", width: .length(8), alignment: .right)],
              rowCount: rows.count) { r, c in Span(self.rows[r][c]) }
    }

    func testTableAtTwoWidthsTruncatesCellsWithEllipsis() {
        var state = ListState(selected: 1)
        let wide = screen(32, 4) { self.table().render(in: $0.area, buffer: &$0, state: &state) }
        XCTAssertNil(wide.linesMismatch([
            "Code   Name             Sessions",
            "C-001  Ana Example            12",
            "C-002  Bruno Placehold…        3",
            "C-003  Chloé Sample          104",
        ]))
        XCTAssertEqual(wide.modifierMask(.reverse)[2], String(repeating: "#", count: 32))
        XCTAssertEqual(wide.modifierMask(.bold)[0], "######." + String(repeating: "#", count: 16) + ".########",
                       "header bold, column gaps not")

        let narrow = screen(20, 4) { self.table().render(in: $0.area, buffer: &$0, state: &state) }
        XCTAssertNil(narrow.linesMismatch([
            "Code   Name Sessions",
            "C-001  Ana…       12",
            "C-002  Bru…        3",
            "C-003  Chl…      104",
        ]))
    }

    func testTableAsksOnlyForVisibleRows() {
        var calls = 0
        var state = ListState(selected: 0)
        let big = Table(columns: [TableColumn("N", width: .fill(1))], rowCount: 1_000_000) { r, _ in calls += 1; return Span("\(r)") }
        _ = screen(10, 4) { big.render(in: $0.area, buffer: &$0, state: &state) }
        XCTAssertEqual(calls, 3)
    }
}
