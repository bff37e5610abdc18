import CasebookCore
import Foundation
import TerminalKit
import XCTest
@testable import CasebookTUI

final class CodebookRenderTests: XCTestCase {
    private var fixture: CodebookTestStore!
    private var state: CodebookState!

    override func setUpWithError() throws {
        fixture = try CodebookTestStore()
        state = try CodebookScreen.open(category: .defense, store: fixture.store, now: fixture.now)
    }

    override func tearDown() {
        state = nil
        fixture = nil
    }

    func testDefensesAt80x24ShowCategoriesLevelHeadersAndTheDescription() {
        let lines = fixture.render(state, width: 80, height: 24).lines
        XCTAssertTrue(lines[0].contains("Categories") && lines[0].contains("Defense · 30 codes"), lines[0])
        XCTAssertTrue(lines.contains { $0.contains("▸Defense") && $0.contains("30") })
        XCTAssertTrue(lines.contains { $0.contains("Theme") && $0.contains("3") })
        XCTAssertTrue(lines.contains { $0.contains("Name") && $0.contains("Slug") && $0.contains("Uses") })
        XCTAssertTrue(lines[2].contains("7 High-adaptive (mature)"), lines[2])
        XCTAssertTrue(lines[3].contains("▸Affiliation") && lines[3].contains("#affiliation"), lines[3])
        XCTAssertTrue(lines.contains { $0.contains("#defense/affiliation") && $0.contains("built-in") && $0.contains("DMRS 7") })
        XCTAssertTrue(lines.allSatisfy { displayWidth(of: $0) == 80 })
    }

    func testDefensesAt120x40ReachTheObsessionalLevel() {
        let lines = fixture.render(state, width: 120, height: 40).lines
        let headers = lines.enumerated().filter { $0.element.contains("6 Obsessional (neurotic)") || $0.element.contains("7 High-adaptive (mature)") }
        XCTAssertEqual(headers.count, 2)
        XCTAssertTrue(lines.contains { $0.contains("Isolation of affects") })
        XCTAssertTrue(lines.contains { $0.contains("Countertransference") })
    }

    func testTheSelectionScrollsIntoViewAtTheActionLevel() {
        fixture.press(&state, "G")
        let lines = fixture.render(state, width: 80, height: 24).lines
        XCTAssertTrue(lines.contains { $0.contains("1 Action") })
        XCTAssertTrue(lines.contains { $0.contains("▸") && $0.contains("Passive aggression") }, lines.joined(separator: "\n"))
    }

    func testThemesAt80x24ListUsageCounts() throws {
        state.category = .theme
        let lines = fixture.render(state, width: 80, height: 24).lines
        let envy = try XCTUnwrap(lines.first { $0.contains("Envy") })
        XCTAssertTrue(envy.contains("#envy") && envy.contains(" 3 "), envy)
    }
}
