import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

final class PatternsScreenTests: XCTestCase {
    static func fixture() throws -> TimelineTestStore { try TimelineTestStore.shared() }

    private func open(_ pattern: DemoPattern = .maturingDefenses) throws -> PatternsState {
        let fixture = try Self.fixture()
        return try PatternsScreen.open(
            clientID: try fixture.clientID(pattern), store: fixture.store, now: Date(), timeZone: TimelineTestStore.utc)
    }

    private func press(_ state: inout PatternsState, _ keys: [KeyEvent]) -> [PatternsEffect] {
        keys.flatMap { PatternsScreen.update(&state, .key($0)) }
    }

    private func render(_ state: PatternsState, _ width: Int, _ height: Int, codeOnly: Bool = false) -> [String] {
        TimelineTestStore.lines(width: width, height: height) { area, buffer in
            _ = PatternsScreen.render(state, in: area, buffer: &buffer, theme: .builtinDefault, codeOnly: codeOnly)
        }
    }

    func testOpensOnTheRecurrenceTableWithItsColumns() throws {
        let state = try open()
        for (width, height) in [(120, 40), (80, 24)] {
            let lines = render(state, width, height)
            XCTAssertTrue(lines[0].hasPrefix("Patterns "))
            XCTAssertTrue(lines[0].contains("held sessions"))
            XCTAssertTrue(lines[1].contains("Recurrence") && lines[1].contains("CCRT"))
            let header = try XCTUnwrap(lines.first { $0.hasPrefix("Tag ") }, "table header at \(width)×\(height)")
            for title in ["Category", "Ratio", "First", "Last", "Trend"] { XCTAssertTrue(header.contains(title), title) }
            XCTAssertTrue(lines.contains { $0.hasPrefix("Abandonment") && $0.contains("Theme") && $0.contains("%") })
        }
    }

    func testSortKeyCyclesAndReverses() throws {
        var state = try open()
        _ = press(&state, [.char("s")])
        XCTAssertEqual(state.sortKey, .tag)
        let names = state.recurrence.map(\.tag)
        XCTAssertEqual(names, names.sorted { $0.localizedStandardCompare($1) == .orderedAscending })
        _ = press(&state, [.char("s")])
        XCTAssertEqual(state.sortKey, .sessions)
        let most = try XCTUnwrap(state.recurrence.map(\.sessions).max())
        XCTAssertEqual(state.recurrence.first?.sessions, most)
        var lines = render(state, 120, 40)
        XCTAssertTrue(lines[3].contains("Sessions▼"), lines[3])
        XCTAssertTrue(lines[4].hasPrefix(state.recurrence[0].tag), "the most frequent tag leads: \(lines[4])")
        _ = press(&state, [.char("r")])
        XCTAssertEqual(state.recurrence.first?.sessions, state.recurrence.map(\.sessions).min())
        lines = render(state, 120, 40)
        XCTAssertTrue(lines[3].contains("Sessions▲"), lines[3])
        _ = press(&state, TimelineTestStore.keys("ssssss"))
        XCTAssertEqual(state.sortKey, .category, "s cycles back to the timeline's order")
    }

    func testJAndKMoveTheSelectionAndTabChangesSection() throws {
        var state = try open()
        _ = press(&state, TimelineTestStore.keys("jj"))
        XCTAssertEqual(state.recurrenceList.selected, 2)
        _ = press(&state, [.char("k")])
        XCTAssertEqual(state.recurrenceList.selected, 1)
        _ = press(&state, [.char("G")])
        XCTAssertEqual(state.recurrenceList.selected, state.recurrence.count - 1)
        _ = press(&state, [KeyEvent(.tab)])
        XCTAssertEqual(state.section, .cooccurrence)
        let lines = render(state, 120, 40)
        XCTAssertTrue(lines[3].contains("Jaccard"))
        let pair = try XCTUnwrap(state.report.cooccurrence.first)
        XCTAssertTrue(lines[4].hasPrefix(pair.a) && lines[4].contains(pair.b), lines[4])
        _ = press(&state, [KeyEvent(.backTab), KeyEvent(.backTab)])
        XCTAssertEqual(state.section, .ccrt)
        _ = press(&state, [.char("3")])
        XCTAssertEqual(state.section, .defenses)
    }

    func testMaturingClientsDefenseProfileShiftsUpward() throws {
        var state = try open()
        _ = press(&state, [.char("3")])
        let profile = state.report.defenseProfile
        let first = try XCTUnwrap(profile.firstThird)
        let last = try XCTUnwrap(profile.lastThird)
        XCTAssertGreaterThan(last.mature + last.neurotic, first.mature + first.neurotic)
        for (width, height) in [(120, 40), (80, 24)] {
            let lines = render(state, width, height)
            XCTAssertTrue(lines.contains { $0.hasPrefix("7 High-adaptive") && $0.contains("%") })
            XCTAssertTrue(lines.contains { $0.hasPrefix("1 Action") })
            XCTAssertTrue(lines.contains { $0.hasPrefix("Mature") && $0.contains("+") }, "mature share rises")
            let odf = try XCTUnwrap(lines.first { $0.hasPrefix("ODF ") }, "ODF shift line")
            XCTAssertTrue(odf.contains("first third") && odf.contains("↑"), odf)
            XCTAssertTrue(lines.contains { $0.hasPrefix("7.0│") }, "ODF trend chart")
        }
    }

    func testCCRTSectionShowsTheClientsCCRTWithPervasiveness() throws {
        var state = try open(.repeatingCCRT)
        _ = press(&state, [.char("4")])
        let ccrt = state.report.ccrt
        let wish = try XCTUnwrap(ccrt.wish.first)
        for (width, height) in [(120, 40), (80, 24)] {
            let lines = render(state, width, height)
            XCTAssertTrue(lines.contains { $0.hasPrefix("The client's CCRT") && $0.contains("\(ccrt.episodes) relationship episodes") })
            let percent = "\(Int((wish.pervasiveness * 100).rounded()))%"
            XCTAssertTrue(lines.contains { $0.hasPrefix("  W") && $0.contains(wish.tag) && $0.contains(percent) })
            XCTAssertTrue(lines.contains { $0.hasPrefix("Response of other") })
        }
    }

    func testWindowLimitsTheReportToTheLastSessions() throws {
        var state = try open()
        let all = state.report.sessions
        _ = press(&state, [.char("w")])
        XCTAssertLessThanOrEqual(state.report.sessions + state.report.sessionsNotHeld, 12)
        XCTAssertLessThan(state.report.sessions, all)
        XCTAssertTrue(render(state, 120, 40)[0].contains("last 12"))
    }

    func testCodeOnlyAndClose() throws {
        var state = try open()
        let client = try XCTUnwrap(try Self.fixture().caseload.clients.first { $0.pattern == .maturingDefenses })
        XCTAssertFalse(render(state, 120, 40, codeOnly: true).joined().contains(client.name))
        _ = press(&state, [.char("q")])
        XCTAssertEqual(state.request, .close)
    }

    func testReloadRunsThroughTheStore() throws {
        var state = try open()
        let effects = press(&state, [.char("R")])
        XCTAssertEqual(effects, [.reload(clientID: state.clientID)])
        let inputs = PatternsScreen.run(effects[0], store: try Self.fixture().store, now: Date())
        guard case .loaded = inputs.first else { return XCTFail("expected the material") }
        let before = state.report
        _ = PatternsScreen.update(&state, inputs[0])
        XCTAssertEqual(state.report, before)
    }

    func testEverySectionDrawsAtEverySize() throws {
        var state = try open()
        for section in PatternsSection.allCases {
            state.section = section
            for (width, height) in [(400, 120), (60, 16), (30, 8), (5, 3), (1, 1)] { _ = render(state, width, height) }
            XCTAssertTrue(render(state, 60, 16)[1].contains(section.title))
        }
    }
}
