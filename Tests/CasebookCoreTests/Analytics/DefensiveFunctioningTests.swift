import XCTest
@testable import CasebookCore

final class DefensiveFunctioningTests: XCTestCase {
    private let sessions = [
        Fixture.session(1, "attended", (Fixture.projection, 1), (Fixture.humor, 3)),
        Fixture.session(2, "attended", (Fixture.abandonment, 2)),
        Fixture.session(3, "no-show", (Fixture.projection, 2)),
        Fixture.session(4, "attended", (Fixture.humor, 2), (Fixture.humor, 2), (Fixture.isolation, 2)),
    ]

    func testProjectionAndHumorGiveFive() {
        let odf = DefensiveFunctioning.perSession(sessions: [sessions[0]], tags: Fixture.tags)
        XCTAssertEqual(odf.map(\.session), [1])
        XCTAssertEqual(odf[0].odf, 5.0, accuracy: 1e-9)
    }

    func testSessionsWithoutDefensesAreLeftOutNotZero() {
        let odf = DefensiveFunctioning.perSession(sessions: sessions, tags: Fixture.tags)
        XCTAssertEqual(odf.map(\.session), [1, 4], "2 has no defense, 3 was not held")
        XCTAssertEqual(odf[1].odf, (7 + 7 + 6) / 3.0, accuracy: 1e-9)
        XCTAssertEqual(odf[1].observations, 3)
    }

    func testWeightingByIntensityIsAnOption() {
        let weighted = DefensiveFunctioning.perSession(sessions: [sessions[0]], tags: Fixture.tags, weightByIntensity: true)
        XCTAssertEqual(weighted[0].odf, (3 * 1 + 7 * 3) / 4.0, accuracy: 1e-9)
    }

    func testOverallPoolsObservationsRatherThanAveragingSessions() throws {
        let overall = try XCTUnwrap(DefensiveFunctioning.overall(sessions: sessions, tags: Fixture.tags))
        XCTAssertEqual(overall, (3 + 7 + 7 + 7 + 6) / 5.0, accuracy: 1e-9)
        XCTAssertNil(DefensiveFunctioning.overall(sessions: [sessions[1]], tags: Fixture.tags))
    }

    func testOverallFollowsTheWindow() throws {
        let windowed = try XCTUnwrap(DefensiveFunctioning.overall(sessions: sessions, tags: Fixture.tags, window: .sessionRange(1...2)))
        XCTAssertEqual(windowed, 5.0, accuracy: 1e-9)
    }

    func testDefensesWithoutALevelAreLeftOut() {
        let unleveled = AnalyzedTag(id: 99, category: .defense, name: "a clinician's own defense", slug: "own")
        let session = AnalyzedSession(
            id: 1, number: 1, date: Fixture.date(1),
            observations: [.init(tagID: 99, intensity: 2), .init(tagID: Fixture.humor.id, intensity: 2)])
        let odf = DefensiveFunctioning.perSession(sessions: [session], tags: Fixture.tags + [unleveled])
        XCTAssertEqual(odf.first?.odf ?? 0, 7.0, accuracy: 1e-9)
    }

    func testRollingMeanAveragesTheTrailingSessionsThatHaveAnODF() {
        let series = [4.0, 6, 8, 2].enumerated().map {
            SessionODF(session: $0.offset + 1, date: Fixture.date($0.offset + 1), odf: $0.element, observations: 1)
        }
        let rolling = DefensiveFunctioning.rollingMean(series, over: 2)
        XCTAssertEqual(rolling.map(\.odf), [4, 5, 7, 5])
        XCTAssertEqual(rolling.map(\.session), [1, 2, 3, 4])
        let defaultRolling = DefensiveFunctioning.rollingMean(series)
        XCTAssertEqual(defaultRolling.map(\.odf), [4, 5, 6, 5], "under five points the mean covers all so far")
    }

    func testRollingMeanDropsPointsOlderThanTheWindow() {
        let series = [1.0, 2, 3, 4, 5, 6, 7].enumerated().map {
            SessionODF(session: $0.offset + 1, date: Fixture.date($0.offset + 1), odf: $0.element, observations: 1)
        }
        let rolling = DefensiveFunctioning.rollingMean(series)
        XCTAssertEqual(rolling.last?.odf ?? 0, (3 + 4 + 5 + 6 + 7) / 5.0, accuracy: 1e-9)
        XCTAssertEqual(rolling[5].odf, (2 + 3 + 4 + 5 + 6) / 5.0, accuracy: 1e-9)
    }
}
