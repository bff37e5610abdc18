import XCTest
@testable import CasebookCore

final class DefenseProfileTests: XCTestCase {
    /// Six held sessions (thirds of two) and a cancelled one between them.
    private let sessions = [
        Fixture.session(1, "attended", (Fixture.projection, 2), (Fixture.projection, 1)),
        Fixture.session(2, "attended", (Fixture.projection, 2), (Fixture.humor, 2)),
        Fixture.session(3, "attended", (Fixture.isolation, 2)),
        Fixture.session(4, "cancelled", (Fixture.projection, 3)),
        Fixture.session(5, "attended", (Fixture.humor, 2)),
        Fixture.session(6, "attended", (Fixture.humor, 2), (Fixture.isolation, 2), (Fixture.envy, 2)),
        Fixture.session(7, "attended", (Fixture.humor, 2), (Fixture.humor, 3)),
    ]

    func testSharesPerLevelAndGroupOverTheWindow() {
        let profile = DefenseProfileReport.compute(sessions: sessions, tags: Fixture.tags).window
        XCTAssertEqual(profile.observations, 10)
        XCTAssertEqual(profile.levelShares[3] ?? -1, 0.3, accuracy: 1e-9)
        XCTAssertEqual(profile.levelShares[6] ?? -1, 0.2, accuracy: 1e-9)
        XCTAssertEqual(profile.levelShares[7] ?? -1, 0.5, accuracy: 1e-9)
        XCTAssertEqual(profile.levelShares[1] ?? -1, 0, accuracy: 1e-9)
        XCTAssertEqual(profile.mature, 0.5, accuracy: 1e-9)
        XCTAssertEqual(profile.neurotic, 0.2, accuracy: 1e-9)
        XCTAssertEqual(profile.immature, 0.3, accuracy: 1e-9)
        XCTAssertEqual(profile.levelShares.values.reduce(0, +), 1, accuracy: 1e-9)
        XCTAssertEqual(profile.mature + profile.neurotic + profile.immature, 1, accuracy: 1e-9)
    }

    func testFirstAndLastThirdShowTheShift() throws {
        let report = DefenseProfileReport.compute(sessions: sessions, tags: Fixture.tags)
        let first = try XCTUnwrap(report.firstThird)
        let last = try XCTUnwrap(report.lastThird)
        // First third: sessions 1, 2 → 3, 3, 3, 7. Last third: 6, 7 → 7, 6, 7, 7.
        XCTAssertEqual(first.mature, 0.25, accuracy: 1e-9)
        XCTAssertEqual(first.immature, 0.75, accuracy: 1e-9)
        XCTAssertEqual(last.mature, 0.75, accuracy: 1e-9)
        XCTAssertEqual(last.neurotic, 0.25, accuracy: 1e-9)
        XCTAssertEqual(report.matureShift ?? 0, 0.5, accuracy: 1e-9)
        XCTAssertEqual(report.immatureShift ?? 0, -0.75, accuracy: 1e-9)
        XCTAssertEqual(report.neuroticShift ?? 0, 0.25, accuracy: 1e-9)
        XCTAssertEqual(report.levelShift[3] ?? 0, -0.75, accuracy: 1e-9)
        XCTAssertEqual(first.odf ?? 0, 4.0, accuracy: 1e-9)
        XCTAssertEqual(last.odf ?? 0, 6.75, accuracy: 1e-9)
        XCTAssertEqual(report.odfShift ?? 0, 2.75, accuracy: 1e-9)
    }

    func testFewerThanThreeHeldSessionsHaveNoThirds() {
        let report = DefenseProfileReport.compute(sessions: Array(sessions.prefix(2)), tags: Fixture.tags)
        XCTAssertNil(report.firstThird)
        XCTAssertNil(report.odfShift)
        XCTAssertTrue(report.levelShift.isEmpty)
        XCTAssertEqual(report.window.observations, 4)
    }

    func testNoDefensesGiveZeroSharesAndNoODF() {
        let report = DefenseProfileReport.compute(sessions: [Fixture.session(1, "attended", (Fixture.envy, 2))], tags: Fixture.tags)
        XCTAssertEqual(report.window.observations, 0)
        XCTAssertNil(report.window.odf)
        XCTAssertEqual(report.window.mature, 0)
    }
}
