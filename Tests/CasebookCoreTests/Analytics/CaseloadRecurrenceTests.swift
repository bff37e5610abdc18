import XCTest
@testable import CasebookCore

final class CaseloadRecurrenceTests: XCTestCase {
    private let clients = [
        AnalyzedClient(code: "AB-001", sessions: [
            Fixture.session(1, "attended", (Fixture.abandonment, 2), (Fixture.humor, 2)),
            Fixture.session(2, "attended", (Fixture.abandonment, 1), (Fixture.humor, 2)),
        ]),
        AnalyzedClient(code: "CD-002", sessions: [
            Fixture.session(1, "attended", (Fixture.abandonment, 2)),
            Fixture.session(2, "cancelled", (Fixture.abandonment, 2)),
            Fixture.session(3),
        ]),
        AnalyzedClient(code: "EF-003", sessions: [
            Fixture.session(1, "attended", (Fixture.abandonment, 2), (Fixture.envy, 2)),
            Fixture.session(2, "attended", (Fixture.abandonment, 2)),
            Fixture.session(3, "attended", (Fixture.abandonment, 3), (Fixture.envy, 1)),
            Fixture.session(4),
        ]),
    ]

    private func summary(_ themes: [CaseloadTheme]) -> [String] {
        themes.map { "\($0.tag.name): " + $0.clients.map { "\($0.code)×\($0.sessions)" }.joined(separator: ", ") }
    }

    func testAThemeRecursInAClientFromTwoHeldSessions() {
        let themes = CaseloadRecurrence.compute(clients: clients, tags: Fixture.tags)
        XCTAssertEqual(summary(themes), ["abandonment: EF-003×3, AB-001×2", "envy: EF-003×2"])
    }

    func testARatioThresholdNarrowsTheList() {
        let themes = CaseloadRecurrence.compute(clients: clients, tags: Fixture.tags, minimumRatio: 0.8)
        // AB-001: 2/2; EF-003: abandonment 3/4, envy 2/4.
        XCTAssertEqual(summary(themes), ["abandonment: AB-001×2"])
        XCTAssertEqual(themes.first?.clients.first?.ratio, 1.0)
    }

    func testOnlyThemesAreListed() {
        let themes = CaseloadRecurrence.compute(clients: clients, tags: Fixture.tags)
        XCTAssertFalse(themes.contains { $0.tag.category != .theme })
    }
}
