import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

final class ClientPreviewPatternsTests: XCTestCase {
    private func summary(_ pattern: DemoPattern) throws -> ClientPatternSummary {
        let fixture = try TimelineScreenTests.fixture()
        return try ClientPreviewPatterns.summary(store: fixture.store, clientID: try fixture.clientID(pattern))
    }

    private func render(_ summary: ClientPatternSummary, width: Int, height: Int) -> [String] {
        TimelineTestStore.lines(width: width, height: height) { area, buffer in
            ClientPreviewPatterns.render(summary, in: area, buffer: &buffer, theme: .builtinDefault)
        }
    }

    func testTopThemesWithSparklinesOverTheLastSessions() throws {
        let summary = try summary(.maturingDefenses)
        XCTAssertFalse(summary.themes.isEmpty)
        XCTAssertLessThanOrEqual(summary.themes.count, ClientPatternSummary.themeCount)
        XCTAssertEqual(summary.themes.map(\.sessions), summary.themes.map(\.sessions).sorted(by: >))
        XCTAssertTrue(summary.themes.allSatisfy { $0.recent.count == ClientPatternSummary.recentSessionCount })
        let lines = render(summary, width: 44, height: 10)
        XCTAssertTrue(lines[0].hasPrefix("Recurring themes"))
        let top = summary.themes[0]
        let row = try XCTUnwrap(lines.first { $0.hasPrefix(top.name) })
        XCTAssertTrue(row.contains("\(Int((top.ratio * 100).rounded()))%"), row)
        XCTAssertTrue(row.contains { "▁▂▃▄▅▆▇█".contains($0) }, "a sparkline of the recent sessions: \(row)")
    }

    func testODFTrendRisesForTheMaturingClient() throws {
        let summary = try summary(.maturingDefenses)
        let trend = try XCTUnwrap(summary.odfTrend)
        XCTAssertGreaterThan(trend.to, trend.from)
        let odf = try XCTUnwrap(render(summary, width: 44, height: 10).first { $0.hasPrefix("ODF") })
        XCTAssertTrue(odf.contains("→") && odf.contains("↑"), odf)
    }

    func testCCRTLineNamesTheMostPervasiveComponents() throws {
        let summary = try summary(.repeatingCCRT)
        let wish = try XCTUnwrap(summary.ccrtWish)
        let lines = render(summary, width: 200, height: 10)
        XCTAssertTrue(lines.contains { $0.hasPrefix("CCRT W \(wish)") })
    }

    func testNarrowPaneStillDrawsEveryPart() throws {
        let summary = try summary(.maturingDefenses)
        let lines = render(summary, width: 24, height: 9)
        XCTAssertTrue(lines[0].hasPrefix("Recurring"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("ODF") })
        for (width, height) in [(1, 1), (4, 2), (10, 3)] { _ = render(summary, width: width, height: height) }
        XCTAssertEqual(ClientPreviewPatterns.height(summary), summary.themes.count + 2 + (summary.ccrtWish == nil ? 0 : 1))
    }

    func testClientWithoutSessionsSaysSo() throws {
        let material = ClientAnalyticsMaterial(clientID: 1, code: "ZZ-001", name: "", sessions: [], tags: [], episodes: [])
        let lines = render(ClientPatternSummary(material: material), width: 40, height: 6)
        XCTAssertTrue(lines.contains { $0.contains("no sessions held yet") })
        XCTAssertTrue(lines.contains { $0.contains("no defenses coded recently") })
    }
}
