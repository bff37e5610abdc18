import XCTest
@testable import CasebookCore

final class CooccurrenceTests: XCTestCase {
    // Held: abandonment in 1–4, envy in 1–2, humor in 1 and 3, shame in 1–2. Session 5 is a
    // no-show whose abandonment + envy must not count.
    private let sessions = [
        Fixture.session(1, "attended", (Fixture.abandonment, 2), (Fixture.envy, 1), (Fixture.humor, 2), (Fixture.shame, 2)),
        Fixture.session(2, "attended", (Fixture.abandonment, 2), (Fixture.envy, 2), (Fixture.shame, 3), (Fixture.envy, 3)),
        Fixture.session(3, "attended", (Fixture.abandonment, 2), (Fixture.humor, 2)),
        Fixture.session(4, "attended", (Fixture.abandonment, 1)),
        Fixture.session(5, "no-show", (Fixture.abandonment, 2), (Fixture.envy, 2)),
    ]

    private func names(_ pairs: [TagPair]) -> [String] { pairs.map { "\($0.a.name)+\($0.b.name)" } }

    func testStrongestPairsComeFirstByCountThenJaccard() {
        let pairs = Cooccurrence.compute(sessions: sessions, tags: Fixture.tags)
        XCTAssertEqual(names(pairs), ["envy+shame", "abandonment+envy", "abandonment+humor", "abandonment+shame"])
        XCTAssertEqual(pairs.map(\.count), [2, 2, 2, 2])
    }

    func testJaccardIsBothOverEither() {
        let pairs = Cooccurrence.compute(sessions: sessions, tags: Fixture.tags)
        // envy+shame: both in 1, 2 → 2/2. abandonment+envy: both 2, either 4 (1–4) → 0.5.
        XCTAssertEqual(pairs[0].jaccard, 1.0, accuracy: 1e-9)
        XCTAssertEqual(pairs[1].jaccard, 0.5, accuracy: 1e-9)
    }

    func testMinimumCountAdmitsPairsSeenOnce() {
        let pairs = Cooccurrence.compute(sessions: sessions, tags: Fixture.tags, minimumCount: 1)
        let envyHumor = pairs.first { $0.a == Fixture.envy && $0.b == Fixture.humor }
        XCTAssertEqual(envyHumor?.count, 1)
        // envy in 1, 2; humor in 1, 3: either = 3.
        XCTAssertEqual(envyHumor?.jaccard ?? 0, 1.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(pairs.count, 6)
        XCTAssertEqual(pairs.last.map { $0.count }, 1)
    }

    func testARepeatedTagCountsOncePerSession() {
        let pairs = Cooccurrence.compute(sessions: [sessions[1]], tags: Fixture.tags, minimumCount: 1)
        XCTAssertTrue(pairs.allSatisfy { $0.count == 1 && $0.jaccard == 1 })
        XCTAssertEqual(pairs.count, 3)
    }
}
