import XCTest
@testable import CasebookCore

final class TimelineTextRendererTests: XCTestCase {
    private let sessions = [
        Fixture.session(9, "attended", (Fixture.abandonment, 2), (Fixture.humor, 1)),
        Fixture.session(10, "attended", (Fixture.abandonment, 3), (Fixture.projection, 2)),
        Fixture.session(11, "cancelled"),
        Fixture.session(12, "attended", (Fixture.humor, 3)),
    ]

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func testGridIsShadedByIntensityUnderVerticalSessionNumbers() {
        let text = TimelineTextRenderer.render(TimelineGrid.build(sessions: sessions, tags: Fixture.tags))
        XCTAssertEqual(lines(text), [
            "                  111",
            "                 9012 count",
            "not held           x",
            "Theme",
            "  abandonment    ▒▓   2",
            "Defense",
            "  humor (7)      ░  ▓ 2",
            "  projection (3)  ▒   1",
            "ODF              73 7",
            "",
        ])
    }

    func testASCIIFallbackUsesPlainCharacters() {
        let text = TimelineTextRenderer.render(TimelineGrid.build(sessions: sessions, tags: Fixture.tags), ascii: true)
        XCTAssertEqual(Array(lines(text)[4...7]), [
            "  abandonment    +#   2",
            "Defense",
            "  humor (7)      .  # 2",
            "  projection (3)  +   1",
        ])
        XCTAssertFalse(text.unicodeScalars.contains { !$0.isASCII })
    }

    func testCategoryFilterAndLastSessions() {
        let grid = TimelineGrid.build(sessions: sessions, tags: Fixture.tags, window: .lastN(2), categories: [.defense])
        XCTAssertEqual(lines(TimelineTextRenderer.render(grid, ascii: true)), [
            "            11",
            "            12 count",
            "not held    x",
            "Defense",
            "  humor (7)  # 1",
            "ODF          7",
            "",
        ])
    }

    func testEmptyWindowSaysSo() {
        let grid = TimelineGrid.build(sessions: sessions, tags: Fixture.tags, window: .sessionRange(20...30))
        XCTAssertEqual(TimelineTextRenderer.render(grid), "No sessions in this window.\n")
    }
}
