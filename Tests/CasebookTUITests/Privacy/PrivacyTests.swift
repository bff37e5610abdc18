import TerminalKit
import XCTest
@testable import CasebookTUI

final class PrivacyTests: XCTestCase {
    private func loaded(size: Size) -> AppHarness {
        var h = AppHarness(size: size)
        h.send(.clientsLoaded(SampleClients.items, select: nil))
        return h
    }

    private func assertNothingIdentifying(_ lines: [String], file: StaticString = #filePath, line: UInt = #line) {
        let screen = lines.joined(separator: "\n")
        for name in SampleClients.names { XCTAssertFalse(screen.contains(name), "name \(name) visible", file: file, line: line) }
        for code in SampleClients.codes { XCTAssertFalse(screen.contains(code), "code \(code) visible", file: file, line: line) }
        XCTAssertFalse(screen.contains("Panic"), "note text visible", file: file, line: line)
        XCTAssertFalse(screen.contains("abandonment"), "tag visible", file: file, line: line)
    }

    func testF12HidesEveryNameAndCodeAndTheSameKeyBringsThemBack() {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            var h = loaded(size: size)
            XCTAssertTrue(h.screen.contains("AM-014"))
            h.key(.function(12))
            assertNothingIdentifying(h.lines)
            XCTAssertTrue(h.screen.contains("Casebook"))
            XCTAssertTrue(h.screen.contains("09:30"))
            h.key(.function(12))
            XCTAssertTrue(h.screen.contains("AM-014"))
        }
    }

    func testCtrlGHidesTheClientScreenAndTheOpenHelpToo() {
        var h = loaded(size: Size(width: 80, height: 24))
        h.key(.enter)
        h.send(.clientLoaded(ClientDetail(id: 1, code: "AM-014", name: "Zoë Marchetti", status: "active", frequency: "",
                                          intakeDate: SampleClients.day("2024-01-10"), presentingConcerns: "", sessions: [])))
        h.key(.char("?"))
        h.key(.ctrl("g"))
        assertNothingIdentifying(h.lines)
        XCTAssertNil(h.render().cursor)
        h.key(.ctrl("g"))
        XCTAssertTrue(h.screen.contains("AM-014"))
    }

    func testKeysOnThePrivacyScreenDoNothing() {
        var h = loaded(size: Size(width: 80, height: 24))
        h.key(.function(12))
        h.type("jjaq")
        h.key(.enter)
        XCTAssertTrue(h.state.privacy)
        XCTAssertFalse(h.state.quitting)
        XCTAssertTrue(h.state.stack.isEmpty)
        XCTAssertEqual(h.state.clients.selected?.id, SampleClients.items.first?.id)
    }

    func testPrivacyIsNeutralEvenBelowTheMinimumSize() {
        var h = loaded(size: Size(width: 40, height: 10))
        h.key(.function(12))
        assertNothingIdentifying(h.lines)
        XCTAssertFalse(h.screen.contains("60×16"))
    }
}

final class DemoPrivacyTests: XCTestCase {
    /// Every screen the shell draws, privacy on: not one demo name, alias or code may show.
    func testPrivacyHidesEveryDemoNameAndCodeOnEveryScreen() throws {
        let f = try StoreFixture(demo: true)
        let names = StoreFixture.demo.clients.flatMap { [$0.name] + $0.aliases + $0.name.split(separator: " ").map(String.init) }
        let codes = f.demoCodes
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            var h = f.harness(size: size)
            // Clients list, client screen, help, palette, form and session: hide each one.
            let routes: [[KeyEvent]] = [[], [KeyEvent(.enter)], [.char("?")], [.char(":")], [.char("a")],
                                        [KeyEvent(.enter), .char("n")]]
            for route in routes {
                h.state.stack.removeAll()
                h.state.overlay = nil
                for key in route { h.key(key) }
                let before = h.screen
                XCTAssertTrue(codes.contains { before.contains($0) } || route == [.char("?")] || route == [.char(":")] || route == [.char("a")],
                              "nothing to hide on \(route)")
                h.key(.function(12))
                let screen = h.screen
                for name in names where name.count > 2 { XCTAssertFalse(screen.contains(name), "\(name) shows after \(route)") }
                for code in codes { XCTAssertFalse(screen.contains(code), "\(code) shows after \(route)") }
                XCTAssertNil(h.render().cursor)
                h.key(.function(12))
                XCTAssertFalse(h.state.privacy)
            }
        }
    }
}
