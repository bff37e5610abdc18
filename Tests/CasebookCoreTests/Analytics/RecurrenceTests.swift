import XCTest
@testable import CasebookCore

final class RecurrenceTests: XCTestCase {
    /// Held 1, 2, 4, 5, 6; session 3 cancelled (with an envy note that must not count).
    private let sessions = [
        Fixture.session(1, "attended", (Fixture.abandonment, 2)),
        Fixture.session(2, "attended", (Fixture.abandonment, 2)),
        Fixture.session(3, "cancelled", (Fixture.envy, 2)),
        Fixture.session(4, "attended", (Fixture.abandonment, 2)),
        Fixture.session(5),
        Fixture.session(6, "attended", (Fixture.abandonment, 3), (Fixture.abandonment, 1)),
    ]

    private func recurrence(_ tag: AnalyzedTag, _ sessions: [AnalyzedSession], window: AnalysisWindow = .all) -> TagRecurrence? {
        Recurrence.compute(sessions: sessions, tags: Fixture.tags, window: window).first { $0.tag == tag }
    }

    func testRatioCountsOnlyHeldSessions() throws {
        let abandonment = try XCTUnwrap(recurrence(Fixture.abandonment, sessions))
        XCTAssertEqual(abandonment.sessions, 4)
        XCTAssertEqual(abandonment.ratio, 0.8, accuracy: 1e-9)
    }

    func testStreakRunsAcrossACancelledSession() throws {
        let abandonment = try XCTUnwrap(recurrence(Fixture.abandonment, sessions))
        XCTAssertEqual(abandonment.longestStreak, 3, "1, 2 and 4 are consecutive held sessions")
    }

    func testFirstAndLastSeenGiveSessionNumberAndDate() throws {
        let abandonment = try XCTUnwrap(recurrence(Fixture.abandonment, sessions))
        XCTAssertEqual(abandonment.first.session, 1)
        XCTAssertEqual(abandonment.first.date, Fixture.date(1))
        XCTAssertEqual(abandonment.last.session, 6)
        XCTAssertEqual(abandonment.last.date, Fixture.date(6))
    }

    func testMeanIntensityTakesTheStrongestObservationPerSession() throws {
        let abandonment = try XCTUnwrap(recurrence(Fixture.abandonment, sessions))
        XCTAssertEqual(abandonment.meanIntensity, (2 + 2 + 2 + 3) / 4.0, accuracy: 1e-9)
    }

    func testObservationsOfACancelledSessionAreNotRecurrence() {
        XCTAssertNil(recurrence(Fixture.envy, sessions))
    }

    func testTrendRisesWhenTheTagAppearsLater() throws {
        let rising = try XCTUnwrap(recurrence(Fixture.envy, Fixture.presence(Fixture.envy, [false, false, true, true])))
        XCTAssertEqual(rising.trend, .rising)
        // Presence 0,0,1,1 over x = 0…3: Sxy = 2, Sxx = 5, slope 0.4 per session.
        XCTAssertEqual(rising.slopePer10Sessions, 4.0, accuracy: 1e-9)
    }

    func testTrendFallsWhenTheTagFades() throws {
        let falling = try XCTUnwrap(recurrence(Fixture.envy, Fixture.presence(Fixture.envy, [true, true, false, false])))
        XCTAssertEqual(falling.trend, .falling)
        XCTAssertEqual(falling.slopePer10Sessions, -4.0, accuracy: 1e-9)
    }

    func testTrendIsFlatWhenPresenceIsSymmetric() throws {
        let flat = try XCTUnwrap(recurrence(Fixture.envy, Fixture.presence(Fixture.envy, [true, false, false, true])))
        XCTAssertEqual(flat.trend, .flat)
        XCTAssertEqual(flat.slopePer10Sessions, 0, accuracy: 1e-9)
    }

    func testTrendNeedsFourHeldSessions() throws {
        let short = try XCTUnwrap(recurrence(Fixture.envy, Fixture.presence(Fixture.envy, [false, true, true])))
        XCTAssertEqual(short.trend, .flat)
    }

    func testSmallDriftOverALongHistoryStaysFlat() throws {
        // 20 held sessions, present in every other one but one extra at the end: change below 0.25.
        var flags = (0..<20).map { $0 % 2 == 0 }
        flags[19] = true
        let drift = try XCTUnwrap(recurrence(Fixture.envy, Fixture.presence(Fixture.envy, flags)))
        XCTAssertEqual(drift.trend, .flat)
    }

    func testLastNWindowCountsTheLastSessionsHeldOrNot() throws {
        let windowed = try XCTUnwrap(recurrence(Fixture.abandonment, sessions, window: .lastN(3)))
        // Sessions 4, 5, 6 are all held; abandonment in 4 and 6.
        XCTAssertEqual(windowed.sessions, 2)
        XCTAssertEqual(windowed.ratio, 2.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(windowed.first.session, 4)
        XCTAssertEqual(windowed.longestStreak, 1)
    }

    func testSessionAndDateRangeWindowsSelectTheSameSessions() throws {
        let bySession = try XCTUnwrap(recurrence(Fixture.abandonment, sessions, window: .sessionRange(2...5)))
        let byDate = try XCTUnwrap(
            recurrence(Fixture.abandonment, sessions, window: .dateRange(Fixture.date(2)...Fixture.date(5))))
        XCTAssertEqual(bySession.sessions, 2)
        XCTAssertEqual(bySession.ratio, 2.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(bySession.first.session, 2)
        XCTAssertEqual(bySession.last.session, 4)
        XCTAssertEqual(byDate, bySession)
    }

    func testTagsAreListedThemesFirstThenDefensesFromHighLevelDown() {
        let mixed = [
            Fixture.session(
                1, "attended", (Fixture.projection, 2), (Fixture.shame, 2), (Fixture.humor, 2), (Fixture.envy, 2),
                (Fixture.abandonment, 2))
        ]
        let order = Recurrence.compute(sessions: mixed, tags: Fixture.tags).map(\.tag.name)
        XCTAssertEqual(order, ["abandonment", "envy", "humor", "projection", "shame"])
    }
}
