import XCTest
@testable import TerminalKit

final class FuzzyPickerTests: XCTestCase {
    private let items = [
        FuzzyPickerItem(id: "isolation-of-affects", label: "isolation of affects", detail: "Defense 6"),
        FuzzyPickerItem(id: "intellectualization", label: "intellectualization", detail: "Defense 6"),
        FuzzyPickerItem(id: "idealizing", label: "idealizing", detail: "Transference"),
    ]

    func testTypingNarrowsTheListAndBackspaceWidensIt() {
        var state = FuzzyPickerState(items: items)
        XCTAssertEqual(state.matches.map(\.item.id), items.map(\.id))
        state.insert("iz")
        XCTAssertEqual(state.matches.map(\.item.id), ["idealizing", "intellectualization"])
        state.insert("x")
        XCTAssertNil(state.selectedItem)
        state.deleteBackward()
        state.selectNext()
        XCTAssertEqual(state.selectedItem?.id, "intellectualization")
        state.selectNext()
        XCTAssertEqual(state.selectedItem?.id, "idealizing")
        state.deleteWordBackward()
        XCTAssertEqual(state.query, "")
        XCTAssertEqual(state.matches.count, 3)
    }

    func testQueryEditingAtTheCursorAndPastedLineBreaksDropped() {
        var state = FuzzyPickerState(items: items)
        state.insert("isl")
        state.moveQueryCursorLeft()
        state.insert("o")
        XCTAssertEqual(state.query, "isol")
        state.setQuery("is\nol")
        XCTAssertEqual(state.query, "isol")
        XCTAssertEqual(state.selectedItem?.id, "isolation-of-affects")
    }

    func testPopupShowsQueryRankedItemsDetailsAndSelection() {
        var state = FuzzyPickerState(items: items, query: "iz")
        var buffer = Buffer(size: Size(width: 34, height: 5))
        let cursor = FuzzyPickerView().render(&state, in: buffer.area, buffer: &buffer)
        XCTAssertEqual(editorScreenLines(buffer), [
            "┌" + String(repeating: "─", count: 32) + "┐",
            "│> iz" + String(repeating: " ", count: 28) + "│",
            "│idealizing          Transference│",
            "│intellectualization    Defense 6│",
            "└" + String(repeating: "─", count: 32) + "┘",
        ])
        XCTAssertEqual(cursor, Position(x: 5, y: 1))
        XCTAssertEqual(buffer[1, 2].style.modifiers, [.reverse, .bold])
        XCTAssertEqual(buffer[2, 2].style.modifiers, [.reverse])
        XCTAssertEqual(buffer[7, 2].style.modifiers, [.reverse, .bold])
        XCTAssertEqual(buffer[1, 3].style.modifiers, [.bold])
        XCTAssertTrue(buffer[24, 3].style.modifiers.contains(.dim))
    }

    func testListScrollsToKeepTheSelectionVisible() {
        let many = (0..<10).map { FuzzyPickerItem(id: "t\($0)", label: "theme \($0)") }
        var state = FuzzyPickerState(items: many)
        state.selectLast()
        var buffer = Buffer(size: Size(width: 12, height: 6))
        FuzzyPickerView().render(&state, in: buffer.area, buffer: &buffer)
        let lines = editorScreenLines(buffer)
        XCTAssertEqual(Array(lines[2...4]), ["│theme 7   │", "│theme 8   │", "│theme 9   │"])
        XCTAssertTrue(buffer[1, 4].style.modifiers.contains(.reverse))
    }
}
