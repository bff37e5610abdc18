import Foundation
@testable import CasebookCore

/// A small fictional codebook and helpers to write sessions by hand.
enum Fixture {
    static let abandonment = AnalyzedTag(id: 1, category: .theme, name: "abandonment", slug: "abandonment")
    static let envy = AnalyzedTag(id: 2, category: .theme, name: "envy", slug: "envy")
    static let projection = AnalyzedTag(id: 3, category: .defense, name: "projection", slug: "projection", level: 3)
    static let humor = AnalyzedTag(id: 4, category: .defense, name: "humor", slug: "humor", level: 7)
    static let isolation = AnalyzedTag(
        id: 5, category: .defense, name: "isolation of affects", slug: "isolation-of-affects", level: 6)
    static let negative = AnalyzedTag(id: 6, category: .transference, name: "negative", slug: "negative")
    static let shame = AnalyzedTag(id: 7, category: .affect, name: "shame", slug: "shame")
    static let close = AnalyzedTag(id: 8, category: .ccrtWish, name: "to be close and accepting", slug: "close")
    static let loved = AnalyzedTag(id: 9, category: .ccrtWish, name: "to be loved and understood", slug: "loved")
    static let rejecting = AnalyzedTag(id: 10, category: .ccrtRO, name: "rejecting and opposing", slug: "rejecting")
    static let understanding = AnalyzedTag(id: 11, category: .ccrtRO, name: "understanding", slug: "understanding")
    static let disappointed = AnalyzedTag(id: 12, category: .ccrtRS, name: "disappointed and depressed", slug: "disappointed")
    static let helpless = AnalyzedTag(id: 13, category: .countertransference, name: "helpless/inadequate", slug: "helpless")
    static let dream = AnalyzedTag(id: 14, category: .dream, name: "falling", slug: "falling")

    static let tags = [
        abandonment, envy, projection, humor, isolation, negative, shame, close, loved, rejecting, understanding,
        disappointed, helpless, dream,
    ]

    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    static func date(_ number: Int) -> Date { start.addingTimeInterval(Double(number) * 86_400) }

    /// Session `number`, dated `number` days after a fixed start, with `(tag, intensity)` observations.
    static func session(
        _ number: Int, _ attendance: String = "attended", _ observations: (AnalyzedTag, Int)...
    ) -> AnalyzedSession {
        AnalyzedSession(
            id: Int64(number), number: number, date: date(number), attendance: attendance,
            observations: observations.map { AnalyzedObservation(tagID: $0.0.id, intensity: $0.1) })
    }

    /// Held sessions 1…n where `tag` is present (intensity 2) in the sessions whose flag is true.
    static func presence(_ tag: AnalyzedTag, _ flags: [Bool]) -> [AnalyzedSession] {
        flags.enumerated().map { offset, present in
            present ? session(offset + 1, "attended", (tag, 2)) : session(offset + 1)
        }
    }
}
