import XCTest
@testable import CasebookCore

final class TimelineGridTests: XCTestCase {
    private let sessions = [
        Fixture.session(
            1, "attended", (Fixture.disappointed, 2), (Fixture.dream, 1), (Fixture.shame, 2), (Fixture.helpless, 2),
            (Fixture.negative, 2), (Fixture.projection, 2), (Fixture.humor, 1), (Fixture.envy, 2),
            (Fixture.abandonment, 1), (Fixture.isolation, 2), (Fixture.close, 1), (Fixture.rejecting, 1)),
        Fixture.session(2, "cancelled"),
        Fixture.session(3, "attended", (Fixture.abandonment, 1), (Fixture.abandonment, 3)),
        Fixture.session(4, "attended", (Fixture.humor, 2)),
    ]

    func testRowsFollowCategoryOrderWithDefensesFromLevelSevenDown() {
        let grid = TimelineGrid.build(sessions: sessions, tags: Fixture.tags)
        XCTAssertEqual(grid.rows.map(\.tag.name), [
            "abandonment", "envy",
            "humor", "isolation of affects", "projection",
            "negative", "helpless/inadequate", "shame", "falling",
            "to be close and accepting", "rejecting and opposing", "disappointed and depressed",
        ])
        XCTAssertEqual(grid.categoryStarts.map(\.category), [
            .theme, .defense, .transference, .countertransference, .affect, .dream, .ccrtWish, .ccrtRO, .ccrtRS,
        ])
        XCTAssertEqual(grid.categoryStarts.map(\.row), [0, 2, 5, 6, 7, 8, 9, 10, 11])
    }

    func testARenamedCodeTakesItsNewPlaceInTheOrder() {
        // Tag orders are kept between analyses; a codebook edit must still reorder the rows.
        let before = TimelineGrid.build(sessions: sessions, tags: Fixture.tags)
        XCTAssertEqual(before.rows.prefix(2).map(\.tag.name), ["abandonment", "envy"])
        var renamed = Fixture.tags
        let index = renamed.firstIndex { $0.id == Fixture.abandonment.id }!
        renamed[index].name = "zeal for abandonment"
        let after = TimelineGrid.build(sessions: sessions, tags: renamed)
        XCTAssertEqual(after.rows.prefix(2).map(\.tag.name), ["envy", "zeal for abandonment"])
        XCTAssertEqual(TimelineGrid.build(sessions: sessions, tags: Fixture.tags).rows.map(\.tag), before.rows.map(\.tag))
    }

    func testColumnsAreEverySessionInOrderWithCancelledOnesMarked() {
        let grid = TimelineGrid.build(sessions: sessions.reversed(), tags: Fixture.tags)
        XCTAssertEqual(grid.columns.map(\.session), [1, 2, 3, 4])
        XCTAssertEqual(grid.columns.map(\.held), [true, false, true, true])
        XCTAssertEqual(grid.columns[0].odf ?? 0, (3 + 7 + 6) / 3.0, accuracy: 1e-9)
        XCTAssertNil(grid.columns[2].odf)
        XCTAssertEqual(grid.columns[3].odf, 7)
    }

    func testCellShowsTheStrongestIntensityAndKeepsEveryObservation() throws {
        let grid = TimelineGrid.build(sessions: sessions, tags: Fixture.tags)
        let cell = try XCTUnwrap(grid.cell(row: 0, column: 2))
        XCTAssertEqual(cell.intensity, 3)
        XCTAssertEqual(cell.observations, 2, "both observations of the session count in the cell")
        XCTAssertNil(grid.cell(row: 0, column: 1), "nothing in the cancelled session")
        XCTAssertNil(grid.cell(row: 0, column: 3))
        XCTAssertNil(grid.cell(row: 99, column: 0))
        XCTAssertEqual(grid.rows[0].count, 2)
        XCTAssertEqual(grid.rows[0].intensities(columns: grid.columns.count), [1, 0, 3, 0])
        XCTAssertEqual(grid.rows[2].intensities(columns: grid.columns.count), [1, 0, 0, 2], "humor")
    }

    func testCategoryFilterKeepsOnlyThoseRowsButAllColumns() {
        let grid = TimelineGrid.build(sessions: sessions, tags: Fixture.tags, categories: [.defense])
        XCTAssertEqual(grid.rows.map(\.tag.name), ["humor", "isolation of affects", "projection"])
        XCTAssertEqual(grid.columns.count, 4)
        XCTAssertEqual(grid.columns[0].odf ?? 0, 16 / 3.0, accuracy: 1e-9)
    }

    func testLastNWindowKeepsTheLastColumnsAndTheirRows() {
        let grid = TimelineGrid.build(sessions: sessions, tags: Fixture.tags, window: .lastN(2))
        XCTAssertEqual(grid.columns.map(\.session), [3, 4])
        XCTAssertEqual(grid.rows.map(\.tag.name), ["abandonment", "humor"])
        XCTAssertEqual(grid.cell(row: 1, column: 1)?.intensity, 2)
    }

    func testALongHistoryStoresOnlyTheCellsThatExist() {
        let long = (1...1300).map { number in
            Fixture.session(number, "attended", (number % 7 == 0 ? Fixture.envy : Fixture.abandonment, 2))
        }
        let grid = TimelineGrid.build(sessions: long, tags: Fixture.tags)
        XCTAssertEqual(grid.columns.count, 1300)
        XCTAssertEqual(grid.rows.map(\.count), [1300 - 185, 185])
        XCTAssertEqual(grid.rows.map(\.cells.count).reduce(0, +), 1300)
        XCTAssertEqual(grid.cell(row: 1, column: 6)?.observations, 1)
        XCTAssertEqual(grid.columns[6].session, 7, "envy's first cell is session 7's column")
        XCTAssertNil(grid.cell(row: 1, column: 7))
    }

    func testCodesWithLargeIdsAndCodesMissingFromTheCodebookAreCountedRight() throws {
        // Small ids are looked up in a table, large ones elsewhere: both must give the same grid.
        let far = AnalyzedTag(id: 200_000, category: .defense, name: "altruism", slug: "altruism", level: 7)
        let negativeID = AnalyzedTag(id: -4, category: .theme, name: "abandonment again", slug: "abandonment-again")
        let unknown = AnalyzedTag(id: 9_999, category: .theme, name: "not in the codebook", slug: "unknown")
        let long = [
            Fixture.session(1, "attended", (far, 1), (Fixture.projection, 2), (unknown, 3), (negativeID, 2)),
            Fixture.session(2, "attended", (far, 3), (far, 2), (Fixture.abandonment, 1)),
            Fixture.session(3, "cancelled", (far, 2)),
        ]
        let grid = TimelineGrid.build(sessions: long, tags: Fixture.tags + [far, negativeID])
        XCTAssertEqual(grid.rows.map(\.tag.name), ["abandonment", "abandonment again", "altruism", "projection"])
        let altruism = try XCTUnwrap(grid.rows.first { $0.tag.id == far.id })
        XCTAssertEqual(altruism.cells.map(\.column), [0, 1, 2])
        XCTAssertEqual(altruism.cells.map(\.intensity), [1, 3, 2])
        XCTAssertEqual(altruism.cells.map(\.observations), [1, 2, 1])
        XCTAssertEqual(grid.columns[0].odf ?? 0, (7 + 3) / 2.0, accuracy: 1e-9, "the far code counts towards ODF")
        XCTAssertEqual(grid.columns[1].odf, 7)
        XCTAssertNil(grid.columns[2].odf, "not held")
        XCTAssertFalse(grid.rows.contains { $0.tag.id == unknown.id }, "a code the codebook lacks gets no row")
    }
}
