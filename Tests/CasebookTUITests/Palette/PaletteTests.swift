import TerminalKit
import XCTest
@testable import CasebookTUI

final class PaletteTests: XCTestCase {
    private func loaded() -> AppHarness {
        var h = AppHarness()
        h.send(.clientsLoaded(SampleClients.items, select: nil))
        return h
    }

    func testFuzzyQueryRanksTheActionWhoseWordsItStarts() {
        let entries = [Action.quit, .sortClients, .newSession, .addClient].map {
            PaletteEntry(title: $0.title, keyLabel: "", command: .action($0))
        }
        var palette = PaletteState(entries: entries)
        palette.picker.setQuery("adc")
        XCTAssertEqual(palette.selected?.title, Action.addClient.title)
        palette.picker.setQuery("zzz")
        XCTAssertTrue(palette.matches.isEmpty)
        XCTAssertNil(palette.selected)
    }

    func testColonOpensThePaletteAndRunningAnActionDoesIt() {
        var h = loaded()
        h.key(.char(":"))
        XCTAssertTrue(h.screen.contains("Commands"))
        h.type("add cl")
        XCTAssertTrue(h.screen.contains("Add a client"), h.screen)
        h.key(.enter)
        guard case let .form(form)? = h.state.stack.last else { return XCTFail("the form did not open") }
        XCTAssertEqual(form.mode, .add)
        XCTAssertNil(h.state.overlay)
    }

    func testCtrlPOpensThePaletteAndSortRuns() {
        var h = loaded()
        h.key(.ctrl("p"))
        h.type("sort")
        h.key(.enter)
        XCTAssertEqual(h.state.clients.sort, .name)
    }

    func testPaletteListsTabsOnTheClientScreen() {
        var h = loaded()
        h.key(.enter)
        h.key(.ctrl("p"))
        h.type("formul")
        h.key(.enter)
        guard case let .client(screen)? = h.state.stack.last else { return XCTFail("not on the client screen") }
        XCTAssertEqual(screen.tab, .formulation)
    }

    func testQuestionMarkAndColonAreTextInThePalette() {
        var h = loaded()
        h.key(.char(":"))
        h.type("?:q")
        guard case let .palette(palette)? = h.state.overlay else { return XCTFail("palette closed") }
        XCTAssertEqual(palette.query, "?:q")
        XCTAssertFalse(h.state.quitting)
        h.key(.escape)
        XCTAssertNil(h.state.overlay)
    }

    func testNoMatchSaysSo() {
        var h = loaded()
        h.key(.char(":"))
        h.type("xyzzy")
        XCTAssertTrue(h.screen.contains("No action matches."))
        h.key(.enter)
        XCTAssertNil(h.state.overlay)
    }
}

final class SessionPaletteTests: XCTestCase {
    func testThePaletteInASessionOffersItsActionsAndNothingThatWouldDropIt() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        h.key(.char("n"))
        h.key(.ctrl("p"))
        guard case let .palette(palette)? = h.state.overlay else { return XCTFail("palette not open") }
        let titles = palette.entries.map(\.title)
        for action in SessionScreen.actions { XCTAssertTrue(titles.contains(action.name), action.name) }
        XCTAssertFalse(titles.contains(Action.filterClients.title))
        XCTAssertFalse(titles.contains(Action.addClient.title))
        h.key(.escape)
        guard case .session? = h.state.stack.last else { return XCTFail("the session screen was left") }
    }
}
