import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

final class TimelineScreenTests: XCTestCase {
    static func fixture() throws -> TimelineTestStore { try TimelineTestStore.shared() }

    private func open(_ pattern: DemoPattern = .maturingDefenses, size: Size = Size(width: 120, height: 40)) throws -> TimelineState {
        let fixture = try Self.fixture()
        var state = try TimelineScreen.open(
            clientID: try fixture.clientID(pattern), store: fixture.store, now: Date(), timeZone: TimelineTestStore.utc)
        _ = TimelineScreen.update(&state, .resized(size))
        return state
    }

    private func press(_ state: inout TimelineState, _ keys: [KeyEvent]) -> [TimelineEffect] {
        keys.flatMap { TimelineScreen.update(&state, .key($0)) }
    }

    private func render(_ state: TimelineState, _ width: Int, _ height: Int, codeOnly: Bool = false) -> [String] {
        TimelineTestStore.lines(width: width, height: height) { area, buffer in
            _ = TimelineScreen.render(state, in: area, buffer: &buffer, theme: .builtinDefault, codeOnly: codeOnly)
        }
    }

    /// Presses keys as the shell does: each effect runs against the store and its answers go back in.
    private func drive(_ state: inout TimelineState, _ keys: [KeyEvent], store: CaseStore) {
        for key in keys { settle(&state, TimelineScreen.update(&state, .key(key)), store: store) }
    }

    private func settle(_ state: inout TimelineState, _ effects: [TimelineEffect], store: CaseStore) {
        var queue = effects
        while !queue.isEmpty {
            for input in TimelineScreen.run(queue.removeFirst(), store: store, now: Date()) {
                queue += TimelineScreen.update(&state, input)
            }
        }
    }

    /// The first cell (row, column) whose observations in the store have evidence.
    private func firstCellWithEvidence(_ state: TimelineState, store: CaseStore) throws -> (row: Int, column: Int)? {
        for (index, row) in state.grid.rows.enumerated() {
            for cell in row.cells {
                let evidence = try TimelineCellEvidence.read(
                    store: store, sessionID: state.columnSessionIDs[cell.column], tagID: row.tag.id)
                if evidence.observations.contains(where: { !$0.evidence.isEmpty }) { return (index, cell.column) }
            }
        }
        return nil
    }

    /// Moves the cursor with keys to the first cell of a row that has evidence; with `running`,
    /// the effects the keys ask for run as the shell would run them.
    private func moveToFirstEvidence(_ state: inout TimelineState, running: Bool = true) throws -> (row: Int, column: Int) {
        let store = try Self.fixture().store
        let (row, column) = try XCTUnwrap(try firstCellWithEvidence(state, store: store), "the demo has evidence")
        let keys = TimelineTestStore.keys("gg0") + Array(repeating: KeyEvent.char("j"), count: row)
            + Array(repeating: KeyEvent(.right), count: column)
        if running { drive(&state, keys, store: store) } else { _ = press(&state, keys) }
        return (row, column)
    }

    func testOpenShowsCategoryHeadingsRowLabelsSessionHeadersAndODF() throws {
        let state = try open()
        let lines = render(state, 120, 40)
        XCTAssertTrue(lines[0].hasPrefix("Timeline FL-") || lines[0].hasPrefix("Timeline "), lines[0])
        XCTAssertTrue(lines[0].contains("all sessions"))
        XCTAssertTrue(lines[1].hasPrefix("session"), "session numbers header: \(lines[1])")
        XCTAssertTrue(lines[1].contains(" 1 ") && lines[1].contains(" 10 "), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("date"), "dates header: \(lines[2])")
        XCTAssertTrue(lines.contains { $0.hasPrefix("Theme") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("Defenses by DMRS level") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("  Abandonment") })
        XCTAssertTrue(lines.contains { $0.contains("(7)") }, "defenses show their DMRS level")
        XCTAssertTrue(lines.contains { $0.hasPrefix("ODF") && $0.contains("7.0│") }, "the ODF line chart sits under the grid")
        XCTAssertTrue(lines.contains { $0.hasPrefix("Session \(state.grid.columns.last!.session) ·") }, "detail of the cursor session")
    }

    func testSmallScreenKeepsHeaderRowsAndDetail() throws {
        let state = try open(size: Size(width: 80, height: 24))
        let lines = render(state, 80, 24)
        XCTAssertTrue(lines[1].hasPrefix("session"))
        XCTAssertTrue(lines[2].hasPrefix("date"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("  Abandonment") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("ODF") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("Session ") })
        let tiny = render(state, 60, 16)
        XCTAssertTrue(tiny[1].hasPrefix("session"))
        XCTAssertTrue(tiny.contains { $0.hasPrefix("Theme") })
    }

    func testCodeOnlyHidesTheClientName() throws {
        let state = try open()
        let fixture = try Self.fixture()
        let client = try XCTUnwrap(fixture.caseload.clients.first { $0.pattern == .maturingDefenses })
        let shown = render(state, 120, 40, codeOnly: true)
        XCTAssertTrue(shown[0].contains(client.code))
        XCTAssertFalse(shown.joined().contains(client.name))
        XCTAssertTrue(render(state, 120, 40)[0].contains(client.name))
    }

    func testMaturingClientsDefensesMoveUpTheDMRSLevels() throws {
        let state = try open()
        func meanColumn(_ levels: ClosedRange<Int>) -> Double {
            let columns = state.grid.rows.filter { $0.tag.category == .defense && levels.contains($0.tag.level ?? 0) }
                .flatMap { $0.cells.map(\.column) }
            return Double(columns.reduce(0, +)) / Double(max(1, columns.count))
        }
        XCTAssertGreaterThan(meanColumn(7...7), meanColumn(1...4), "high-adaptive defenses come later than immature ones")
        let odf = state.grid.columns.compactMap(\.odf)
        let third = odf.count / 3
        XCTAssertGreaterThan(odf.suffix(third).reduce(0, +) / Double(third), odf.prefix(third).reduce(0, +) / Double(third))
        // Defenses are listed from level 7 down.
        let levels = state.grid.rows.filter { $0.tag.category == .defense }.compactMap(\.tag.level)
        XCTAssertEqual(levels, levels.sorted(by: >))
    }

    func testCursorCellShowsItsEvidenceWithSessionAndTag() throws {
        var state = try open()
        let store = try Self.fixture().store
        let (row, column) = try moveToFirstEvidence(&state)
        XCTAssertEqual(state.cursorRow, row)
        XCTAssertEqual(state.cursorColumn, column)
        let lines = render(state, 120, 40)
        let session = state.grid.columns[column]
        let detail = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Session \(session.session) · ") })
        XCTAssertTrue(lines[detail].contains(state.grid.rows[row].tag.name), lines[detail])
        XCTAssertTrue(lines[detail].contains(TimelineDateText.day(session.date, timeZone: TimelineTestStore.utc)))
        let stored = try store.observations(sessionID: state.columnSessionIDs[column])
            .first { $0.observation.tagID == state.grid.rows[row].tag.id && !$0.observation.evidence.isEmpty }
        let evidence = String(try XCTUnwrap(stored).observation.evidence.prefix(40))
        XCTAssertTrue(lines[(detail + 1)...].joined(separator: " ").contains(evidence), "evidence \(evidence) shown")
    }

    func testEvidenceFollowsTheCursorAcrossSessionsAndCodes() throws {
        var state = try open()
        let store = try Self.fixture().store
        _ = try moveToFirstEvidence(&state)
        // Every stop of a walk over sessions and codes shows the evidence the store holds for
        // that cell, and nothing of a cell the cursor left.
        var checked = 0
        for key in TimelineTestStore.keys("llljjhkkjjjjlllllhhjjjjjj$kk0") {
            drive(&state, [key], store: store)
            guard let cell = state.cursorCell, let tag = state.cursorTag, let sessionID = state.cursorSessionID else {
                XCTAssertNil(state.cursorEvidence, "no evidence on an empty cell")
                continue
            }
            let stored = try store.observations(sessionID: sessionID).map(\.observation).filter { $0.tagID == tag.id }
            XCTAssertEqual(state.cursorEvidence?.observations, stored)
            XCTAssertEqual(stored.count, cell.observations, "the grid counts what the store holds")
            let text = render(state, 120, 40).joined(separator: " ")
            for observation in stored where !observation.evidence.isEmpty {
                XCTAssertTrue(text.contains(String(observation.evidence.prefix(30))), "“\(observation.evidence)” shown")
            }
            checked += 1
        }
        XCTAssertGreaterThan(checked, 3, "the walk crossed cells with observations")
    }

    func testEnterOpensTheSessionAtTheEvidenceSpan() throws {
        var state = try open()
        let fixture = try Self.fixture()
        let (row, column) = try moveToFirstEvidence(&state)
        XCTAssertEqual(press(&state, [KeyEvent(.enter)]), [], "the evidence read on arrival says where to open")
        let sessionID = state.columnSessionIDs[column]
        let tagID = state.grid.rows[row].tag.id
        let stored = try fixture.store.observations(sessionID: sessionID).first { $0.observation.tagID == tagID }
        let span = try XCTUnwrap(stored?.observation.spanStart)
        XCTAssertEqual(state.request, .openSession(sessionID: sessionID, layer: "process", scalarOffset: span))
        let session = try XCTUnwrap(fixture.store.session(id: sessionID))
        XCTAssertEqual(session.number, state.grid.columns[column].session)
    }

    func testEscapeAndQClose() throws {
        var state = try open()
        _ = press(&state, [KeyEvent(.escape)])
        XCTAssertEqual(state.request, .close)
        state.request = nil
        _ = press(&state, [.char("q")])
        XCTAssertEqual(state.request, .close)
    }

    func testFilterCyclesCategoriesAndChangesRows() throws {
        var state = try open()
        _ = press(&state, [.char("f")])
        XCTAssertEqual(state.filter, .themes)
        XCTAssertTrue(state.grid.rows.allSatisfy { $0.tag.category == .theme })
        var lines = render(state, 120, 40)
        XCTAssertFalse(lines.contains { $0.hasPrefix("Defenses by DMRS level") })
        XCTAssertTrue(lines[0].contains("themes"))
        _ = press(&state, [.char("f")])
        XCTAssertTrue(state.grid.rows.allSatisfy { $0.tag.category == .defense })
        lines = render(state, 120, 40)
        XCTAssertFalse(lines.contains { $0.hasPrefix("Theme") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("Defenses by DMRS level") })
        _ = press(&state, [.char("F"), .char("F")])
        XCTAssertEqual(state.filter, .all)
    }

    func testTransferenceAndCountertransferenceRowsSitTogether() throws {
        var state = try open(.transferenceShift)
        _ = press(&state, TimelineTestStore.keys("fff"))
        XCTAssertEqual(state.filter, .relationship)
        let categories = state.grid.rows.map(\.tag.category)
        XCTAssertTrue(categories.contains(.transference))
        XCTAssertEqual(categories, categories.sorted { ($0 == .transference ? 0 : 1) < ($1 == .transference ? 0 : 1) })
        let lines = render(state, 120, 40)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Transference") })
    }

    func testWindowCyclesThroughLastNAndBack() throws {
        var state = try open()
        let total = state.grid.columns.count
        let last = try XCTUnwrap(state.grid.columns.last?.session)
        _ = press(&state, [.char("w")])
        XCTAssertEqual(state.grid.columns.count, 12)
        XCTAssertEqual(state.grid.columns.first?.session, last - 11)
        XCTAssertEqual(state.cursorSession?.session, last, "the cursor stays on its session")
        XCTAssertTrue(render(state, 120, 40)[0].contains("last 12"))
        _ = press(&state, TimelineTestStore.keys("www"))
        XCTAssertEqual(state.grid.columns.count, total)
    }

    func testBracketsMarkASessionRange() throws {
        var state = try open()
        _ = press(&state, TimelineTestStore.keys("0[llll]"))
        XCTAssertEqual(state.window, .range(1...5))
        XCTAssertEqual(state.grid.columns.map(\.session), [1, 2, 3, 4, 5])
        XCTAssertTrue(render(state, 120, 40)[0].contains("sessions 1–5"))
    }

    func testReloadReadsTheStoreAgain() throws {
        var state = try open()
        let fixture = try Self.fixture()
        let effects = press(&state, [.char("R")])
        XCTAssertEqual(effects, [.reload(clientID: state.clientID)])
        for effect in effects {
            for input in TimelineScreen.run(effect, store: fixture.store, now: Date()) {
                _ = TimelineScreen.update(&state, input)
            }
        }
        XCTAssertEqual(state.grid.columns.count, fixture.caseload.clients.first { $0.pattern == .maturingDefenses }?.sessions.count)
    }

    func testLongTimelineScrollsToTheEndKeepingLabelsAndHeaders() throws {
        let caseload = DemoCaseload.generate(sessionCounts: [1300], seed: 11)
        var state = TimelineState(material: TimelineTestMaterial.make(caseload.clients[0]), timeZone: TimelineTestStore.utc)
        _ = TimelineScreen.update(&state, .resized(Size(width: 80, height: 24)))
        XCTAssertEqual(state.grid.columns.count, 1300)
        _ = press(&state, [.char("0")])
        XCTAssertEqual(state.cursorColumn, 0)
        _ = press(&state, [.char("L")])
        XCTAssertGreaterThan(state.columnOffset, 0, "L pages right")
        _ = press(&state, [.ctrl("d"), .ctrl("u")])
        _ = press(&state, [.char("$")])
        XCTAssertEqual(state.cursorColumn, 1299)
        let lines = render(state, 80, 24)
        XCTAssertTrue(lines[1].hasPrefix("session"))
        XCTAssertTrue(lines[1].contains("129"), "numbers of the last sessions: \(lines[1])")
        XCTAssertFalse(lines[1].contains(" 5 "), "the first sessions scrolled away")
        XCTAssertTrue(lines[2].hasPrefix("date"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("Theme") || $0.hasPrefix("  ") }, "row labels stay at the left")
        XCTAssertTrue(lines.contains { $0.hasPrefix("Session 1300 ·") })
        _ = press(&state, TimelineTestStore.keys("hhh"))
        XCTAssertTrue(render(state, 80, 24)[1].contains("1297"), "the cursor's session is always numbered in the header")
        _ = press(&state, [.char("0")])
        XCTAssertTrue(render(state, 80, 24)[1].contains(" 1 "))
    }

    func testMovingPastTheLastVisibleRowScrollsTheBodyUnderFixedHeaders() throws {
        var state = try open(size: Size(width: 80, height: 24))
        _ = press(&state, [.char("G")])
        let last = try XCTUnwrap(state.grid.rows.last)
        var lines = render(state, 80, 24)
        XCTAssertTrue(lines[1].hasPrefix("session") && lines[2].hasPrefix("date"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("  " + String(last.tag.name.prefix(12))) }, "the last row is in view")
        XCTAssertFalse(lines.contains { $0.hasPrefix("  Abandonment") }, "the first rows scrolled away")
        _ = press(&state, TimelineTestStore.keys("gg"))
        XCTAssertEqual(state.cursorRow, 0)
        lines = render(state, 80, 24)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Theme") }, "the heading of the first row comes back with it")
    }

    func testEnterOnAnEmptyCellOpensTheSessionAtTheTop() throws {
        var state = try open()
        let row = state.grid.rows[0]
        let column = try XCTUnwrap(state.grid.columns.indices.first { row.cell(at: $0) == nil && state.grid.columns[$0].held })
        _ = press(&state, [.char("0")])
        _ = press(&state, Array(repeating: KeyEvent.char("l"), count: column))
        XCTAssertTrue(render(state, 120, 40).contains { $0.contains("not observed") })
        _ = press(&state, [KeyEvent(.enter)])
        XCTAssertEqual(state.request, .openSession(sessionID: state.columnSessionIDs[column], layer: "process", scalarOffset: nil))
    }

    func testDrawsFromTheMinimumToAVeryLargeTerminal() throws {
        var state = try open(size: Size(width: 400, height: 120))
        let huge = render(state, 400, 120)
        XCTAssertTrue(huge[1].hasPrefix("session"))
        XCTAssertTrue(huge.contains { $0.hasPrefix("ODF") })
        _ = TimelineScreen.update(&state, .resized(Size(width: 60, height: 16)))
        _ = press(&state, TimelineTestStore.keys("$G"))
        let small = render(state, 60, 16)
        XCTAssertTrue(small[1].hasPrefix("session"))
        XCTAssertTrue(small.contains { $0.hasPrefix("Session ") })
        // Below the shell's minimum the shell shows its own message, but a stray frame must not trap.
        for width in [1, 5, 12, 30] {
            for height in [1, 3, 8] { _ = render(state, width, height) }
        }
    }

    func testClientWithoutSessionsExplainsHowToStart() {
        let material = ClientAnalyticsMaterial(clientID: 9, code: "ZZ-009", name: "", sessions: [], tags: [], episodes: [])
        var state = TimelineState(material: material, timeZone: TimelineTestStore.utc)
        _ = press(&state, TimelineTestStore.keys("hjkl$0fw"))
        _ = press(&state, [KeyEvent(.enter)])
        XCTAssertNil(state.request)
        XCTAssertTrue(render(state, 80, 24).contains { $0.contains("No sessions yet") })
    }

    func testEnterBeforeTheCellsEvidenceIsReadLocatesItThroughTheStore() throws {
        var state = try open()
        let fixture = try Self.fixture()
        let (row, column) = try moveToFirstEvidence(&state, running: false)
        XCTAssertNil(state.cursorEvidence)
        let sessionID = state.columnSessionIDs[column]
        let tagID = state.grid.rows[row].tag.id
        let effects = press(&state, [KeyEvent(.enter)])
        XCTAssertEqual(effects, [.locateEvidence(sessionID: sessionID, tagID: tagID)])
        XCTAssertNil(state.request)
        for input in TimelineScreen.run(effects[0], store: fixture.store, now: Date()) {
            _ = TimelineScreen.update(&state, input)
        }
        let span = try fixture.store.observations(sessionID: sessionID).first { $0.observation.tagID == tagID }?.observation.spanStart
        XCTAssertNotNil(span)
        XCTAssertEqual(state.request, .openSession(sessionID: sessionID, layer: "process", scalarOffset: span))
    }

    func testOpeningAnUnknownClientFailsWithAStoreError() throws {
        let fixture = try Self.fixture()
        XCTAssertThrowsError(try TimelineScreen.open(clientID: 987_654, store: fixture.store, now: Date())) { error in
            guard case StoreError.clientNotFound = error else { return XCTFail("unexpected \(error)") }
        }
    }
}
