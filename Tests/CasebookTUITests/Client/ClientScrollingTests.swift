import CasebookCore
import TerminalKit
import XCTest
@testable import CasebookTUI

/// The Sessions tab of a 1,300-session client reads its rows' notes and codes page by page as
/// the clinician scrolls; every row that is drawn must show what reading it in full shows.
final class ClientScrollingTests: XCTestCase {
    private struct NotOnTheClientScreen: Error {}

    private func screen(_ h: AppHarness) throws -> ClientScreenState {
        guard case let .client(screen)? = h.state.stack.last else { throw NotOnTheClientScreen() }
        return screen
    }

    /// The rows on screen, each compared with the session read whole; returns them.
    @discardableResult
    private func assertDrawnRowsAreRight(_ h: AppHarness, _ f: LongClientFixture, file: StaticString = #filePath,
                                         line: UInt = #line) throws -> [SessionListItem] {
        guard case let .client(screen)? = h.state.stack.last, let detail = screen.detail else {
            XCTFail("the Client screen is not open", file: file, line: line)
            return []
        }
        let height = ScreenGeometry.sessionRows(h.state.size)
        let drawn = Array(detail.sessions[screen.sessions.offset..<min(detail.sessions.count, screen.sessions.offset + height)])
        XCTAssertFalse(drawn.isEmpty, file: file, line: line)
        for row in drawn {
            let session = try XCTUnwrap(try f.store.session(id: row.id), file: file, line: line)
            let expected = try f.expectedRow(session)
            XCTAssertTrue(row.hasDetails, "session \(row.number)", file: file, line: line)
            XCTAssertEqual(row.number, session.number, file: file, line: line)
            XCTAssertEqual(row.date, session.startedAt, file: file, line: line)
            XCTAssertEqual(row.attendance, session.attendance.rawValue, file: file, line: line)
            XCTAssertEqual(row.firstLine, expected.firstLine, "session \(row.number)", file: file, line: line)
            XCTAssertEqual(row.tags, expected.chips, "session \(row.number)", file: file, line: line)
            XCTAssertEqual(row.isSigned, session.isSigned, file: file, line: line)
        }
        return drawn
    }

    func testTheLastOfThirteenHundredSessionsShowsItsDateLineAndChipsOnArrivalAndAfterGThenG() throws {
        let f = try LongClientFixture()
        var h = f.openClient(size: Size(width: 120, height: 40))
        let sessions = try f.store.sessions(clientID: f.clientID)
        XCTAssertEqual(sessions.count, LongClientFixture.sessionCount)
        XCTAssertTrue(h.screen.contains("1300 sessions"), h.screen)
        var drawn = try assertDrawnRowsAreRight(h, f)
        XCTAssertEqual(drawn.last?.id, sessions.last?.id)
        XCTAssertEqual(try screen(h).selectedSession?.number, 1_300)
        let last = try XCTUnwrap(sessions.last)
        let lastLine = try XCTUnwrap(h.lines.first { $0.contains(" 1300 \(DateText.day(last.startedAt, timeZone: AppHarness.utc))") }, h.screen)
        let expected = try f.expectedRow(last)
        XCTAssertTrue(lastLine.contains(String(expected.firstLine.prefix(20))), lastLine)
        XCTAssertFalse(expected.chips.isEmpty)
        XCTAssertTrue(lastLine.contains(String(expected.chips[0].name.prefix(6))), lastLine)

        h.key(.char("g"))
        h.key(.char("g"))
        drawn = try assertDrawnRowsAreRight(h, f)
        XCTAssertEqual(drawn.first?.number, 1)
        XCTAssertEqual(try screen(h).selectedSession?.number, 1)
        XCTAssertTrue(h.screen.contains(" 1 \(DateText.day(sessions[0].startedAt, timeZone: AppHarness.utc))"), h.screen)

        h.key(.char("G"))
        drawn = try assertDrawnRowsAreRight(h, f)
        XCTAssertEqual(drawn.last?.number, 1_300)
        h.key(.home)
        XCTAssertEqual(try assertDrawnRowsAreRight(h, f).first?.number, 1)
    }

    func testScrollingRowByRowAndPageByPageNeverDrawsAMissingOrRepeatedRow() throws {
        let f = try LongClientFixture()
        var h = f.openClient(size: Size(width: 80, height: 24))
        let ids = try f.store.sessions(clientID: f.clientID).map(\.id!)
        h.key(.char("g"))
        h.key(.char("g"))
        // Down across the first page boundaries one row at a time.
        var seen: [Int64] = []
        for _ in 0..<(ClientScreenState.detailPageSize * 2 + 5) {
            h.key(.char("j"))
            seen += try assertDrawnRowsAreRight(h, f).map(\.id)
        }
        // Then a page at a time to the end, and back.
        while try screen(h).selectedSession?.number != 1_300 {
            h.key(.pageDown)
            seen += try assertDrawnRowsAreRight(h, f).map(\.id)
        }
        while try screen(h).selectedSession?.number != 1 {
            h.key(.pageUp)
            try assertDrawnRowsAreRight(h, f)
        }
        // Every session is listed once, in order, and every one scrolled past was drawn.
        let detail = try XCTUnwrap(try screen(h).detail)
        XCTAssertEqual(detail.sessions.map(\.id), ids)
        XCTAssertEqual(Set(seen), Set(ids))
        XCTAssertTrue(seen.contains(ids[ClientScreenState.detailPageSize - 1]))
        XCTAssertTrue(seen.contains(ids[ClientScreenState.detailPageSize]))
    }

    func testAGrownTerminalShowsEveryRowItNowHas() throws {
        let f = try LongClientFixture()
        var h = f.openClient(size: Size(width: 80, height: 24))
        h.key(.char("g"))
        h.key(.char("g"))
        h.resize(120, 200)
        let drawn = try assertDrawnRowsAreRight(h, f)
        XCTAssertEqual(drawn.count, ScreenGeometry.sessionRows(Size(width: 120, height: 200)))
    }

    func testANoteSavedElsewhereShowsOnItsRowAtTheNextTick() throws {
        let f = try LongClientFixture()
        var h = f.openClient(size: Size(width: 120, height: 40))
        let sessions = try f.store.sessions(clientID: f.clientID)
        let target = sessions[sessions.count - 3]
        // Another process (`casebook note` in another terminal) writes through its own connection.
        let other = try CaseStore(url: f.file, now: { AppHarness.now })
        try other.saveNote(sessionID: target.id!, layer: .process, text: "Came in from the rain, quiet.", visit: EditingVisit())
        try other.close()
        h.tick(seconds: 0.25)
        let row = try XCTUnwrap(try screen(h).detail?.sessions.first { $0.id == target.id })
        XCTAssertEqual(row.firstLine, "Came in from the rain, quiet.")
        XCTAssertTrue(h.screen.contains("Came in from the rain, quiet."), h.screen)
        try assertDrawnRowsAreRight(h, f)
    }

    func testASessionAddedElsewhereAppearsAtTheEnd() throws {
        let f = try LongClientFixture()
        var h = f.openClient(size: Size(width: 120, height: 40))
        h.key(.char("g"))
        h.key(.char("g"))
        let other = try CaseStore(url: f.file, now: { AppHarness.now })
        let added = try other.createSession(clientID: f.clientID, startedAt: AppHarness.now)
        try other.saveNote(sessionID: added.id!, layer: .process, text: "A new beginning.", visit: EditingVisit())
        try other.close()
        // Scrolling to rows not read yet reads a page of a changed store: the whole client
        // again, so the count says 1,301 and G goes to the new one.
        for _ in 0..<6 { h.key(.pageDown) }
        XCTAssertTrue(h.screen.contains("1301 sessions"), h.screen)
        try assertDrawnRowsAreRight(h, f)
        h.key(.char("G"))
        let drawn = try assertDrawnRowsAreRight(h, f)
        XCTAssertEqual(drawn.last?.id, added.id)
        XCTAssertEqual(drawn.last?.firstLine, "A new beginning.")
    }

    func testANoteWrittenHereShowsOnItsRowWhenTheClinicianComesBack() throws {
        let f = try LongClientFixture()
        var h = f.openClient(size: Size(width: 120, height: 40))
        h.key(.char("n"))
        guard case .session? = h.state.stack.last else { return XCTFail("no session screen\n\(h.screen)") }
        h.type("The first thing she said was about the ferry.")
        h.key(.escape)
        h.key(.char("q"))
        let drawn = try assertDrawnRowsAreRight(h, f)
        XCTAssertEqual(drawn.last?.number, 1_301)
        XCTAssertEqual(drawn.last?.firstLine, "The first thing she said was about the ferry.")
        XCTAssertEqual(try screen(h).selectedSession?.number, 1_301)
        XCTAssertTrue(h.screen.contains("The first thing she said was about the ferry."), h.screen)
    }

    func testCodeOnlyShowsNoNameOnTheLongClient() throws {
        let f = try LongClientFixture()
        var h = f.openClient(size: Size(width: 120, height: 40))
        let client = try XCTUnwrap(try f.store.client(id: f.clientID))
        XCTAssertTrue(h.screen.contains(client.name), h.screen)
        h.key(.ctrl("o"))
        XCTAssertTrue(h.state.codeOnly)
        XCTAssertTrue(h.screen.contains(client.code), h.screen)
        XCTAssertFalse(h.screen.contains(client.name), h.screen)
        h.key(.char("G"))
        h.key(.char("g"))
        h.key(.char("g"))
        XCTAssertFalse(h.screen.contains(client.name), h.screen)
    }
}
