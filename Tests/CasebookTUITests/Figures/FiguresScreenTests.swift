import CasebookCore
@testable import CasebookTUI
import Foundation
import TerminalKit
import XCTest

final class FiguresScreenTests: XCTestCase {
    var fixture: CaseworkFixture!
    let theme = Theme.builtinDefault

    override func setUpWithError() throws { fixture = try CaseworkFixture.make() }
    override func tearDown() { fixture.remove() }

    @discardableResult
    func send(_ state: inout FiguresState, _ events: [KeyEvent]) -> [FiguresEffect] {
        var all: [FiguresEffect] = []
        var queue = events.map { FiguresInput.key($0) }
        while !queue.isEmpty {
            let effects = FiguresScreen.update(&state, queue.removeFirst())
            all += effects
            for effect in effects { queue += FiguresScreen.run(effect, store: fixture.store, now: fixture.clock.now) }
        }
        return all
    }

    func render(_ state: FiguresState, _ size: Size, codeOnly: Bool) -> [String] {
        CaseworkFixture.render(size) { FiguresScreen.render(state, in: $0, buffer: &$1, theme: theme, codeOnly: codeOnly) }.lines
    }

    func testAddingAFigureNeedsARoleAndTakesAnOptionalName() throws {
        var state = try FiguresScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, [key("a"), KeyEvent(.tab)] + typing("Pauline") + [KeyEvent(.enter)])
        XCTAssertEqual(state.form?.error, "A figure needs a role (mother, partner, boss…); the name is optional.")
        XCTAssertEqual(state.form?.field, .role)
        assertContains(render(state, CaseworkFixture.small, codeOnly: false), "A figure needs a role")

        send(&state, typing("older sister") + [KeyEvent(.enter)])
        XCTAssertNil(state.form)
        let figures = try fixture.store.figures(clientID: fixture.clientID)
        XCTAssertEqual(figures.last?.role, "older sister")
        XCTAssertEqual(figures.last?.name, "Pauline")
        XCTAssertEqual(state.selected, 2)

        send(&state, [key("a")] + typing("boss") + [KeyEvent(.enter)])
        XCTAssertEqual(try fixture.store.figures(clientID: fixture.clientID).last?.name, "", "the name may stay empty")
    }

    func testEditingAFigureChangesRoleAndName() throws {
        var state = try FiguresScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, [key("j"), key("e")])
        XCTAssertEqual(state.form?.role.text, "partner")
        send(&state, typing(" (ex)") + [KeyEvent(.tab), KeyEvent.ctrl("w")] + typing("Jon") + [KeyEvent(.enter)])
        let partner = try XCTUnwrap(try fixture.store.figures(clientID: fixture.clientID).first { $0.id == fixture.partner.id })
        XCTAssertEqual(partner.role, "partner (ex)")
        XCTAssertEqual(partner.name, "Jon")
    }

    func testRemovingAFigureAsksFirst() throws {
        var state = try FiguresScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, [key("d")])
        assertContains(render(state, CaseworkFixture.small, codeOnly: true), "Remove mother?")
        send(&state, [KeyEvent(.escape)])
        XCTAssertEqual(try fixture.store.figures(clientID: fixture.clientID).count, 2)
        XCTAssertNil(state.request, "Esc answered the question, it did not leave the tab")
        send(&state, [key("d"), key("y")])
        XCTAssertEqual(try fixture.store.figures(clientID: fixture.clientID).map(\.role), ["partner"])
        XCTAssertEqual(state.figures.map(\.role), ["partner"])
    }

    func testNamesAreHiddenOnAScreenThatShowsOnlyCodes() throws {
        let state = try FiguresScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        for size in [CaseworkFixture.small, CaseworkFixture.large] {
            let hidden = render(state, size, codeOnly: true)
            assertContains(hidden, "mother")
            assertContains(hidden, "(name hidden)")
            assertLacks(hidden, "Greta")
            assertContains(hidden, "De-identified exports and briefs replace names by roles.")
            let shown = render(state, size, codeOnly: false)
            XCTAssertTrue(shown.contains { $0.contains("mother") && $0.contains("Greta") })
        }
    }

    func testAFigureNamedInAnEpisodeIsNotRemovedSoTheEpisodeNeverTurnsIntoTheTherapist() throws {
        try fixture.store.addEpisode(RelationshipEpisode(sessionID: fixture.sessionID(1), figureID: fixture.mother.id, narrative: "Phoned late."))
        var state = try FiguresScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, [key("d")])
        XCTAssertNil(state.confirmingRemoval)
        XCTAssertEqual(state.request, .status("mother is the other in 1 relationship episode; remove those in Episodes first, so none is left without its figure."))
        XCTAssertEqual(try fixture.store.figures(clientID: fixture.clientID).count, 2)
        let lines = CaseworkFixture.render(CaseworkFixture.small) { FiguresScreen.render(state, in: $0, buffer: &$1, theme: theme, codeOnly: true) }.lines
        XCTAssertTrue(lines.contains { $0.contains("mother") && $0.hasSuffix("1│") }, "the episode count shows beside the figure")
    }
}
