import CasebookCore
import TerminalKit
import XCTest
@testable import CasebookTUI

final class ClientFlowTests: XCTestCase {
    private func openFirstClient(_ f: StoreFixture, size: Size = Size(width: 80, height: 24)) -> AppHarness {
        var h = f.harness(size: size)
        h.key(.enter)
        return h
    }

    func testEnterOpensTheClientWithSessionsNumberedAndTagged() throws {
        let f = try StoreFixture(demo: true)
        let h = openFirstClient(f, size: Size(width: 120, height: 40))
        guard case let .client(screen)? = h.state.stack.last, let detail = screen.detail else { return XCTFail("not open") }
        let demo = try XCTUnwrap(StoreFixture.demo.clients.first { $0.code == detail.code })
        XCTAssertEqual(detail.sessions.map(\.number), demo.sessions.map(\.number))
        XCTAssertTrue(h.screen.contains("1 Sessions"))
        let lastRow = try XCTUnwrap(h.lines.first { $0.contains("│   \(demo.sessions.count) ") || $0.contains("│  \(demo.sessions.count) ") })
        XCTAssertTrue(lastRow.contains(DateText.day(demo.sessions.last!.date, timeZone: AppHarness.utc)), lastRow)
        // The newest session is selected on arrival.
        XCTAssertEqual(screen.selectedSession?.number, demo.sessions.count)
        XCTAssertFalse(detail.sessions.allSatisfy { $0.tags.isEmpty })
    }

    func testTagChipsAreDrawnInTheirCategoryColour() throws {
        let f = try StoreFixture(demo: true)
        let h = openFirstClient(f, size: Size(width: 120, height: 40))
        guard case let .client(screen)? = h.state.stack.last, let detail = screen.detail else { return XCTFail("not open") }
        let (lines, _, buffer) = h.render()
        let session = try XCTUnwrap(detail.sessions.first { !$0.tags.isEmpty })
        let chip = session.tags[0]
        let row = try XCTUnwrap(lines.firstIndex { $0.contains(" \(session.number) \(DateText.day(session.date, timeZone: AppHarness.utc))") })
        let column = try XCTUnwrap(lines[row].range(of: chip.name)).lowerBound
        let x = lines[row].distance(from: lines[row].startIndex, to: column)
        let expected = h.theme.style(for: .tag(category: chip.category.rawValue)).foreground
        XCTAssertEqual(buffer[x, row].style.foreground, expected)
    }

    func testTabsSwitchWithLAndHAndNumbersAndSayWhatEachHolds() throws {
        let f = try StoreFixture(demo: true)
        var h = openFirstClient(f)
        h.key(.char("l"))
        XCTAssertTrue(h.screen.contains("core conflict"), h.screen)
        h.key(.char("l"))
        XCTAssertTrue(h.screen.contains("significant people"), h.screen)
        h.key(.char("h"))
        h.key(.char("h"))
        XCTAssertTrue(h.screen.contains("First line"))
        h.key(.char("9"))
        XCTAssertTrue(h.screen.contains("de-identified brief"), h.screen)
        h.key(.tab)
        guard case let .client(screen)? = h.state.stack.last else { return XCTFail() }
        XCTAssertEqual(screen.tab, .sessions)
    }

    func testEnterOnATabOpensItsScreenAndEscapeComesBack() throws {
        let f = try StoreFixture(demo: true)
        var h = openFirstClient(f)
        h.key(.char("6"))
        h.key(.enter)
        guard case .component? = h.state.stack.last else { return XCTFail("Enter on Timeline opened nothing: \(h.screen)") }
        XCTAssertTrue(h.screen.contains("Timeline"), h.screen)
        XCTAssertTrue(h.screen.contains("ODF"), h.screen)
        h.key(.escape)
        guard case let .client(screen)? = h.state.stack.last else { return XCTFail("Esc did not come back: \(h.screen)") }
        XCTAssertEqual(screen.tab, .timeline)
    }

    func testSlashOpensSearchAndEnterOnAHitOpensTheSessionAtTheMatch() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        h.key(.char("/"))
        guard case .component? = h.state.stack.last else { return XCTFail("/ opened nothing: \(h.screen)") }
        h.type("mother")
        h.tick(seconds: 1)
        XCTAssertTrue(h.screen.contains("mother") || h.screen.contains("Mother"), h.screen)
        h.key(.enter)
        h.key(.enter)
        guard case .session? = h.state.stack.last else { return XCTFail("Enter on a hit opened no session: \(h.screen)") }
    }

    func testEscapeGoesBackToTheListOnTheSameClient() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        h.type("jj")
        let id = h.state.clients.selected!.id
        h.key(.enter)
        h.key(.escape)
        XCTAssertTrue(h.state.stack.isEmpty)
        XCTAssertEqual(h.state.clients.selected?.id, id)
        h.key(.enter)
        h.key(.char("q"))
        XCTAssertTrue(h.state.stack.isEmpty)
        XCTAssertFalse(h.state.quitting)
    }

    func testNOnTheClientScreenStartsTheNextSessionWithTheCursorInTheNote() throws {
        let f = try StoreFixture(demo: true)
        var h = openFirstClient(f)
        guard case let .client(client)? = h.state.stack.last else { return XCTFail() }
        let count = client.detail!.sessions.count
        h.key(.char("n"))
        guard case let .session(session)? = h.state.stack.last else { return XCTFail("session screen not open\n\(h.screen)") }
        XCTAssertEqual(session.session.number, count + 1)
        XCTAssertEqual(session.session.startedAt, AppHarness.now)
        XCTAssertTrue(h.state.isEditingText)
        XCTAssertNotNil(h.render().cursor)
        XCTAssertEqual(try f.store.sessions(clientID: client.clientID).count, count + 1)
    }

    func testNOnTheClientsListGoesStraightFromLaunchToTyping() throws {
        let f = try StoreFixture(demo: false)
        _ = try f.store.createClient(Client(code: "RV-001", name: "Ravi Ñúñez", intakeDate: AppHarness.now))
        var h = f.harness()
        h.key(.char("n"))
        guard case let .session(session)? = h.state.stack.last else { return XCTFail("session screen not open\n\(h.screen)") }
        XCTAssertEqual(session.session.number, 1)
        // Keys now go to the note: `q` and `j` are text, not commands.
        h.type("qj")
        XCTAssertFalse(h.state.quitting)
        guard case .session? = h.state.stack.last else { return XCTFail("left the session") }
    }

    func testEnterOpensTheSelectedSession() throws {
        let f = try StoreFixture(demo: true)
        var h = openFirstClient(f)
        h.key(.char("k"))
        guard case let .client(client)? = h.state.stack.last, let selected = client.selectedSession else { return XCTFail() }
        h.key(.enter)
        guard case let .session(session)? = h.state.stack.last else { return XCTFail("session not open") }
        XCTAssertEqual(session.session.id, selected.id)
    }

    func testQuittingFromASessionFlushesItFirst() throws {
        let f = try StoreFixture(demo: true)
        var h = openFirstClient(f)
        h.key(.char("n"))
        h.send(.terminal(.interrupt(2)))
        XCTAssertTrue(h.askedToQuit)
        let flushed = h.effects.contains { if case .flushSession = $0 { return true }; return false }
        XCTAssertTrue(flushed)
    }

    func testSuspendFlushesTheSessionFirst() throws {
        let f = try StoreFixture(demo: true)
        var h = openFirstClient(f)
        h.key(.char("n"))
        h.key(.ctrl("z"))
        XCTAssertTrue(h.askedToSuspend)
        XCTAssertTrue(h.effects.contains { if case .flushSession = $0 { return true }; return false })
    }

    func testStatusLineShowsTheSessionSaveState() throws {
        let f = try StoreFixture(demo: true)
        var h = openFirstClient(f)
        h.key(.char("n"))
        let status = h.lines[22]
        XCTAssertTrue(status.contains("Session"), status)
        XCTAssertTrue(status.contains("09:30"), status)
    }
}

final class SessionReturnTests: XCTestCase {
    func testLeavingANewSessionSelectsItsRowOnTheClientScreen() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        h.key(.enter)
        h.key(.char("n"))
        guard case let .session(session)? = h.state.stack.last else { return XCTFail("session not open") }
        // The session screen's own way out: Escape leaves the note, q closes.
        h.key(.escape)
        h.key(.char("q"))
        guard case let .client(client)? = h.state.stack.last else { return XCTFail("not back on the client\n\(h.screen)") }
        XCTAssertEqual(client.selectedSession?.id, session.session.id)
        XCTAssertTrue(h.screen.contains(" \(session.session.number) 2026-03-14"), h.screen)
    }
}
