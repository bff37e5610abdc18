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
