import XCTest
@testable import CasebookCore

final class BuiltinCodebookTests: XCTestCase {
    private func tags(_ category: TagCategory) -> [BuiltinTag] { BuiltinCodebook.tags.filter { $0.category == category } }

    func testThirtyDefensesSpreadOverTheSevenDMRSLevels() {
        let defenses = tags(.defense)
        XCTAssertEqual(defenses.count, 30)
        let perLevel = (1...7).reversed().map { level in defenses.filter { $0.level == level }.count }
        XCTAssertEqual(perLevel, [8, 3, 4, 5, 4, 3, 3])
    }

    func testSpecNamedDefensesSitAtTheirLevels() {
        let expected: [(String, Int)] = [
            ("humor", 7), ("self-observation", 7), ("isolation-of-affects", 6), ("undoing", 6),
            ("reaction-formation", 5), ("idealization-of-other", 4), ("omnipotence", 4), ("projection", 3),
            ("autistic-fantasy", 3), ("projective-identification", 2), ("splitting-of-other", 2),
            ("help-rejecting-complaining", 1), ("acting-out", 1), ("passive-aggression", 1),
        ]
        for (slug, level) in expected {
            XCTAssertEqual(BuiltinCodebook.tag(slug: slug, category: .defense)?.level, level, slug)
        }
    }

    func testCategoryCountsMatchTheInstruments() {
        XCTAssertEqual(tags(.transference).count, 11)
        XCTAssertEqual(tags(.countertransference).count, 8)
        XCTAssertEqual(tags(.ccrtWish).count, 8)
        XCTAssertEqual(tags(.ccrtRO).count, 8)
        XCTAssertEqual(tags(.ccrtRS).count, 8)
    }

    func testOnlyDefensesCarryALevel() {
        for tag in BuiltinCodebook.tags {
            XCTAssertEqual(tag.level != nil, tag.category == .defense, tag.slug)
        }
    }

    func testSlugsAreUniqueSoABareTagNamesOneCode() {
        let slugs = BuiltinCodebook.tags.map(\.slug)
        XCTAssertEqual(Set(slugs).count, slugs.count)
        for category in TagCategory.allCases {
            let inCategory = tags(category).map(\.slug)
            XCTAssertEqual(Set(inCategory).count, inCategory.count, category.rawValue)
        }
    }

    func testEverySlugParsesBackAsItselfBareAndWithCategory() {
        for tag in BuiltinCodebook.tags {
            let bare = InlineTagParser.parse("She said so #\(tag.slug) today.")
            XCTAssertEqual(bare.map(\.slug), [tag.slug])
            let qualified = InlineTagParser.parse("She said so #\(tag.category.rawValue)/\(tag.slug)! today.")
            XCTAssertEqual(qualified.map(\.slug), [tag.slug])
            XCTAssertEqual(qualified.map(\.tagCategory), [tag.category])
            XCTAssertEqual(qualified.map(\.intensity), [3])
        }
    }

    func testEveryCodeHasANameAndAOneLineDescription() {
        for tag in BuiltinCodebook.tags {
            XCTAssertFalse(tag.name.isEmpty, tag.slug)
            XCTAssertGreaterThan(tag.description.count, 20, tag.slug)
            XCTAssertFalse(tag.description.contains("\n"), tag.slug)
        }
    }

    func testDMRSLevelNamesAndMaturityGroups() {
        XCTAssertEqual(DMRSLevel.allCases.map(\.name), [
            "Action", "Major image-distorting", "Disavowal", "Minor image-distorting",
            "Other neurotic", "Obsessional", "High-adaptive",
        ])
        XCTAssertEqual(DefenseMaturity.mature.levels.map(\.rawValue), [7])
        XCTAssertEqual(DefenseMaturity.neurotic.levels.map(\.rawValue), [5, 6])
        XCTAssertEqual(DefenseMaturity.immature.levels.map(\.rawValue), [1, 2, 3, 4])
        XCTAssertEqual(DMRSLevel.highAdaptive.defenses.count, 8)
        XCTAssertEqual(BuiltinCodebook.tag(slug: "humor")?.dmrsLevel, .highAdaptive)
    }
}
