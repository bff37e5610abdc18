import XCTest
@testable import CasebookCore

final class PatternsTextRendererTests: XCTestCase {
    private let text = PatternsTextRenderer.render(PatternsReportTests.report())

    private var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    func testHeaderCountsHeldAndNotHeldSessions() {
        XCTAssertEqual(lines.first, "Patterns for AM-014: 3 sessions held (1 not held)")
    }

    func testRecurrenceIsATableOfEveryTag() {
        let start = try? XCTUnwrap(lines.firstIndex(of: "Recurrence"))
        XCTAssertEqual(Array(lines[(start ?? 0)...((start ?? 0) + 6)]), [
            "Recurrence",
            "  category  tag                   sessions  ratio  first  last  streak  trend",
            "  theme     abandonment                3/3   100%      1     4       3  flat",
            "  theme     envy                       2/3    67%      2     4       2  flat",
            "  defense   humor                      2/3    67%      1     2       2  flat",
            "  defense   isolation of affects       1/3    33%      4     4       1  flat",
            "  defense   projection                 1/3    33%      1     1       1  flat",
        ])
    }

    func testODFListsSessionsWithRollingMean() {
        XCTAssertTrue(lines.contains("Defensive functioning (ODF): 5.75 over 3 sessions"))
        XCTAssertTrue(lines.contains("        2    7.00     6.00"))
    }

    func testProfileShowsGroupsAndTheShiftBetweenThirds() {
        XCTAssertTrue(lines.contains("  mature 50%  neurotic 25%  immature 25%"))
        XCTAssertTrue(lines.contains(
            "  first third → last third: mature 50% → 0%, neurotic 0% → 100%, immature 50% → 0%, ODF 5.00 → 6.00"))
    }

    func testCooccurrenceAndCCRT() {
        XCTAssertTrue(lines.contains("  abandonment + envy      2   0.67"))
        XCTAssertTrue(lines.contains("  W   to be close and accepting 50%, to be loved and understood 50%"))
        XCTAssertTrue(lines.contains("  RS  disappointed and depressed 100%"))
    }

    func testEmptyClientSaysWhatIsMissing() {
        let empty = PatternsTextRenderer.render(
            PatternsReport.build(client: "ZZ-000", sessions: [], episodes: [], tags: Fixture.tags))
        XCTAssertTrue(empty.contains("Patterns for ZZ-000: 0 sessions held\n"))
        XCTAssertTrue(empty.contains("Defensive functioning (ODF)\n  no defenses coded"))
        XCTAssertTrue(empty.contains("CCRT\n  no relationship episodes"))
    }
}
