import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

final class CaseloadScreenTests: XCTestCase {
    static func fixture() throws -> TimelineTestStore { try TimelineTestStore.shared() }

    private func open() throws -> CaseloadState {
        try CaseloadScreen.open(store: try Self.fixture().store, now: Date())
    }

    private func press(_ state: inout CaseloadState, _ keys: [KeyEvent]) -> [CaseloadEffect] {
        keys.flatMap { CaseloadScreen.update(&state, .key($0)) }
    }

    private func render(_ state: CaseloadState, _ width: Int, _ height: Int, codeOnly: Bool = false) -> [String] {
        TimelineTestStore.lines(width: width, height: height) { area, buffer in
            _ = CaseloadScreen.render(state, in: area, buffer: &buffer, theme: .builtinDefault, codeOnly: codeOnly)
        }
    }

    func testThemesRecurringInMostClientsComeFirstWithTheirClients() throws {
        let state = try open()
        let top = try XCTUnwrap(state.themes.first)
        XCTAssertGreaterThan(top.clients.count, 1, "the demo's themes recur in several clients")
        XCTAssertEqual(state.themes.map(\.clients.count), state.themes.map(\.clients.count).sorted(by: >))
        let lines = render(state, 120, 40)
        XCTAssertTrue(lines[0].hasPrefix("Caseload"))
        XCTAssertTrue(lines[0].contains("across 6 clients"))
        let row = try XCTUnwrap(lines.first { $0.contains(top.tag.name) && $0.contains(top.clients[0].code) })
        XCTAssertTrue(row.contains(" \(top.clients.count) "), row)
        XCTAssertTrue(lines.contains { $0.contains("\(top.tag.name): \(top.clients.count) clients") }, "the clients pane of the selected theme")
    }

    func testSeenInListsEveryClientWhenTheLineHasRoomForIt() throws {
        let state = try open()
        let top = try XCTUnwrap(state.themes.first)
        let seen = top.clients.map(\.code).joined(separator: ", ")
        XCTAssertGreaterThan(seen.count, 40, "a list long enough to need the room")
        let lines = render(state, 120, 40, codeOnly: true)
        let row = try XCTUnwrap(lines.first { $0.contains(top.tag.name) && $0.contains(top.clients[0].code) })
        XCTAssertTrue(row.contains(seen), "the whole list, not cut with …: \(row)")
        XCTAssertTrue(lines.contains { $0.contains("\(top.tag.name): \(top.clients.count) clients") }, "the clients pane stays beside it")
    }

    func testSeenInTooLongForTheLineShowsWholeCodesThenHowManyMore() throws {
        let state = try open()
        let top = try XCTUnwrap(state.themes.first)
        let lines = render(state, 60, 20, codeOnly: true)
        let row = try XCTUnwrap(lines.first { $0.contains(top.tag.name) && $0.contains(top.clients[0].code) })
        let cell = row.replacingOccurrences(of: "│", with: "").trimmingCharacters(in: .whitespaces)
        XCTAssertFalse(cell.contains("…"), row)
        let shown = top.clients.filter { cell.contains($0.code) }.count
        XCTAssertGreaterThan(shown, 0, row)
        XCTAssertLessThan(shown, top.clients.count, "the line is too short for all: \(row)")
        XCTAssertTrue(cell.hasSuffix(" +\(top.clients.count - shown)"), row)
    }

    func testEnterListsTheThemesClientsThenOpensOne() throws {
        var state = try open()
        _ = press(&state, [.char("j")])
        let theme = try XCTUnwrap(state.selectedTheme)
        _ = press(&state, [KeyEvent(.enter)])
        XCTAssertEqual(state.focus, .clients)
        let narrow = render(state, 80, 24)
        XCTAssertTrue(narrow.contains { $0.contains("\(theme.tag.name): ") }, "narrow screens show the clients pane alone")
        _ = press(&state, [.char("j")])
        let client = try XCTUnwrap(state.selectedClient)
        XCTAssertEqual(client.code, theme.clients[1].code)
        _ = press(&state, [KeyEvent(.enter)])
        XCTAssertEqual(state.request, .openClient(clientID: client.id))
        XCTAssertEqual(try Self.fixture().store.client(id: client.id)?.code, theme.clients[1].code)
    }

    func testEscapeStepsBackThenCloses() throws {
        var state = try open()
        _ = press(&state, [KeyEvent(.enter), KeyEvent(.escape)])
        XCTAssertEqual(state.focus, .themes)
        XCTAssertNil(state.request)
        _ = press(&state, [KeyEvent(.escape)])
        XCTAssertEqual(state.request, .close)
    }

    func testCodeOnlyNeverShowsNames() throws {
        var state = try open()
        _ = press(&state, [KeyEvent(.enter)])
        let names = try Self.fixture().caseload.clients.map(\.name)
        let hidden = render(state, 120, 40, codeOnly: true).joined(separator: "\n") + render(state, 80, 24, codeOnly: true).joined(separator: "\n")
        for name in names { XCTAssertFalse(hidden.contains(name), name) }
        let shown = render(state, 120, 40).joined(separator: "\n")
        XCTAssertTrue(names.contains { shown.contains($0) })
    }

    func testWindowAndReload() throws {
        var state = try open()
        let all = state.themes.map(\.clients.count).reduce(0, +)
        _ = press(&state, [.char("w")])
        XCTAssertLessThanOrEqual(state.themes.map(\.clients.count).reduce(0, +), all)
        XCTAssertTrue(render(state, 120, 40)[0].contains("last 12"))
        let effects = press(&state, [.char("R")])
        XCTAssertEqual(effects, [.reload])
        for input in CaseloadScreen.run(.reload, store: try Self.fixture().store, now: Date()) {
            _ = CaseloadScreen.update(&state, input)
        }
        XCTAssertEqual(state.window, .last(12), "reloading keeps the window")
    }

    func testDrawsAtEverySize() throws {
        var state = try open()
        for focus in [CaseloadState.Focus.themes, .clients] {
            state.focus = focus
            for (width, height) in [(400, 120), (60, 16), (30, 8), (5, 3), (1, 1)] { _ = render(state, width, height) }
        }
        XCTAssertTrue(render(state, 60, 16)[0].hasPrefix("Caseload"))
    }
}
