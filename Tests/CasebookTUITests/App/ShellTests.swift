import TerminalKit
import XCTest
@testable import CasebookTUI

final class ShellTests: XCTestCase {
    private func loaded(size: Size = Size(width: 80, height: 24)) -> AppHarness {
        var h = AppHarness(size: size)
        h.send(.clientsLoaded(SampleClients.items, select: nil))
        return h
    }

    func testBelowMinimumSizeAsksForABiggerTerminalAndShowsNoClient() {
        var h = loaded()
        h.resize(59, 15)
        let screen = h.screen
        XCTAssertTrue(screen.contains("Terminal too small: 59×15"), screen)
        XCTAssertTrue(screen.contains("Casebook needs at least 60×16."), screen)
        for code in SampleClients.codes { XCTAssertFalse(screen.contains(code)) }
    }

    func testExactlyTheMinimumSizeShowsTheClients() {
        var h = loaded()
        h.resize(60, 16)
        XCTAssertFalse(h.screen.contains("at least 60×16"))
        XCTAssertTrue(h.screen.contains("AM-014"))
    }

    func testResizeKeepsTheSelectedClient() {
        var h = loaded()
        h.type("jj")
        let selected = h.state.clients.selected?.code
        XCTAssertNotNil(selected)
        h.resize(59, 15)
        h.resize(120, 40)
        XCTAssertEqual(h.state.clients.selected?.code, selected)
        h.resize(60, 16)
        XCTAssertEqual(h.state.clients.selected?.code, selected)
        XCTAssertTrue(h.screen.contains(selected!))
    }

    func testHelpListsTheKeysOfTheCurrentScreen() {
        var h = loaded()
        h.key(.char("?"))
        let screen = h.screen
        XCTAssertTrue(screen.contains("Help — Clients"), screen)
        XCTAssertTrue(screen.contains("Add a client"), screen)
        XCTAssertTrue(screen.contains("Filter clients"), screen)
        // The global keys follow the screen's; at 80×24 they are a scroll away.
        for _ in 0..<10 { h.key(.char("j")) }
        XCTAssertTrue(h.screen.contains("Privacy screen"), h.screen)
        h.key(.escape)
        XCTAssertNil(h.state.overlay)
    }

    func testHelpOnTheClientScreenListsTabKeys() {
        var h = loaded()
        h.key(.enter)
        h.send(.clientLoaded(ClientDetail(id: 1, code: "AM-014", name: "Zoë Marchetti", status: "active", frequency: "",
                                          intakeDate: SampleClients.day("2024-01-10"), presentingConcerns: "", sessions: [])))
        h.key(.char("?"))
        XCTAssertTrue(h.screen.contains("Help — Client"), h.screen)
        XCTAssertTrue(h.screen.contains("Next tab"), h.screen)
    }

    func testQOnTheClientsScreenQuits() {
        var h = loaded()
        h.key(.char("q"))
        XCTAssertTrue(h.state.quitting)
        XCTAssertTrue(h.askedToQuit)
    }

    func testInterruptQuits() {
        var h = loaded()
        h.send(.terminal(.interrupt(15)))
        XCTAssertTrue(h.askedToQuit)
    }

    func testCtrlZAsksTheRunnerToSuspend() {
        var h = loaded()
        h.key(.ctrl("z"))
        XCTAssertTrue(h.askedToSuspend)
        XCTAssertFalse(h.state.quitting)
    }

    func testPasteOutsideATextFieldIsNotReadAsCommands() {
        var h = loaded()
        h.send(.terminal(.paste("q:a")))
        XCTAssertFalse(h.state.quitting)
        XCTAssertNil(h.state.overlay)
        XCTAssertTrue(h.state.stack.isEmpty)
    }

    func testStatusLineShowsWhereWeAreAndTheTime() {
        let h = loaded()
        let lines = h.lines
        XCTAssertTrue(lines[22].contains("Casebook › Clients"), lines[22])
        XCTAssertTrue(lines[22].contains("09:30"), lines[22])
        XCTAssertTrue(lines[23].contains("help"), lines[23])
    }

    func testInfoMessageFadesWithTheClock() {
        var h = loaded()
        h.key(.char("s"))
        XCTAssertTrue(h.screen.contains("Sorted by name"))
        h.send(.tick(AppHarness.now.addingTimeInterval(10)))
        XCTAssertFalse(h.screen.contains("Sorted by name"))
    }

    func testCodeOnlyShowsNoNames() {
        var h = loaded()
        h.state.codeOnly = true
        h.send(.tick(AppHarness.now))
        let screen = h.screen
        for name in SampleClients.names { XCTAssertFalse(screen.contains(name), name) }
        XCTAssertTrue(screen.contains("AM-014"))
    }
}

final class HelpInTextFieldsTests: XCTestCase {
    func testF1OpensHelpWhereQuestionMarkIsText() {
        var h = AppHarness()
        h.send(.clientsLoaded(SampleClients.items, select: nil))
        h.key(.char("a"))
        h.key(.char("?"))
        XCTAssertNil(h.state.overlay)
        h.key(.function(1))
        guard case let .help(help)? = h.state.overlay else { return XCTFail("help not open") }
        XCTAssertEqual(help.screenTitle, "Client form")
        XCTAssertTrue(h.screen.contains("Change the status"), h.screen)
    }
}

final class TinyTerminalTests: XCTestCase {
    /// Resize storms through sizes down to nothing: every screen draws something sensible and
    /// the state comes back intact at a normal size.
    func testEveryScreenSurvivesTinyAndOddSizes() throws {
        let f = try StoreFixture(demo: true)
        let sizes = [(0, 0), (1, 1), (10, 3), (59, 15), (60, 16), (61, 17), (200, 60), (60, 100)]
        let routes: [[KeyEvent]] = [[], [KeyEvent(.enter)], [.char("?")], [.char(":")], [.char("a")], [KeyEvent(.enter), .char("n")]]
        for route in routes {
            var h = f.harness()
            for key in route { h.key(key) }
            let before = h.screen
            for (w, hgt) in sizes {
                h.resize(w, hgt)
                let lines = h.lines
                XCTAssertEqual(lines.count, hgt)
                if w >= 60 && hgt >= 16 { XCTAssertFalse(lines.joined().contains("Terminal too small")) }
            }
            h.resize(80, 24)
            XCTAssertEqual(h.screen, before, "route \(route)")
        }
    }
}
