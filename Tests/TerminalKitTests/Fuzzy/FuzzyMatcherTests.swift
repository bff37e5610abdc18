import XCTest
@testable import TerminalKit

final class FuzzyMatcherTests: XCTestCase {
    private let codebook = [
        "affiliation", "altruism", "anticipation", "humor", "self-assertion", "self-observation", "sublimation",
        "suppression", "isolation of affects", "intellectualization", "undoing", "repression", "dissociation",
        "reaction formation", "displacement", "idealization of self-image", "idealization of other's image",
        "devaluation of self-image", "devaluation of other's image", "omnipotence", "denial", "rationalization",
        "projection", "autistic fantasy", "splitting of self-image", "splitting of other's image",
        "projective identification", "acting out", "help-rejecting complaining", "passive aggression",
        "positive", "negative", "erotic", "mirroring", "idealizing", "twinship", "parental/protective",
    ]

    private func ranked(_ query: String) -> [String] {
        FuzzyMatcher.rank(query, codebook).map { codebook[$0.index] }
    }

    func testIsolQueryPutsIsolationOfAffectsFirst() {
        XCTAssertEqual(ranked("isol").first, "isolation of affects")
    }

    func testInitialsOfTwoWordsFindProjectiveIdentificationFirst() {
        let results = ranked("pi")
        XCTAssertEqual(results.first, "projective identification")
        XCTAssertTrue(results.contains("positive"))
    }

    func testConsecutiveLettersBeatScatteredOnes() {
        XCTAssertEqual(ranked("den").first, "denial")
        XCTAssertEqual(ranked("proj").prefix(2).sorted(), ["projection", "projective identification"])
        XCTAssertEqual(ranked("proj").first, "projection")
    }

    func testQueryIgnoresCaseAndAccents() {
        XCTAssertEqual(FuzzyMatcher.match("Zoe", in: "Zoë Brandt")?.positions, [0, 1, 2])
        XCTAssertEqual(FuzzyMatcher.match("zoe", in: "ZOË")?.positions, [0, 1, 2])
        XCTAssertNotNil(FuzzyMatcher.match("etienne", in: "Étienne"))
        XCTAssertNil(FuzzyMatcher.match("zoex", in: "Zoë"))
    }

    func testMatchedPositionsPreferWordStartsForHighlighting() {
        XCTAssertEqual(FuzzyMatcher.match("isaf", in: "isolation of affects")?.positions, [0, 1, 13, 14])
        XCTAssertEqual(FuzzyMatcher.match("漢字", in: "a漢b字")?.positions, [1, 3])
    }

    func testShorterCandidateWinsAmongEqualMatches() {
        let candidates = ["positive regard", "positive"]
        XCTAssertEqual(FuzzyMatcher.rank("positive", candidates).map(\.index), [1, 0])
    }

    func testNonMatchingCandidatesAreLeftOutAndAnEmptyQueryKeepsOrder() {
        XCTAssertTrue(ranked("xyzzy").isEmpty)
        XCTAssertEqual(ranked(""), codebook)
    }
}

final class FuzzyMatcherPropertyTests: XCTestCase {
    func testAnySubsequenceMatchesAndItsPositionsSpellTheQuery() {
        var rng = SplitMix64(seed: 42)
        let alphabet = Array("abcdeéfghiöjklmn opq-rstuvwxyzZÉ漢字")
        for _ in 0..<2_000 {
            let candidate = String((0..<Int.random(in: 1...30, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            let graphemes = Array(candidate)
            let picked = graphemes.indices.filter { _ in Bool.random(using: &rng) && Bool.random(using: &rng) }
                .filter { !graphemes[$0].isWhitespace }
            let query = String(picked.map { graphemes[$0] }).uppercased()
            guard let match = FuzzyMatcher.match(query, in: candidate) else {
                XCTFail("\(query) should match \(candidate)")
                continue
            }
            XCTAssertEqual(match.positions.count, picked.count)
            XCTAssertEqual(match.positions, match.positions.sorted())
            XCTAssertEqual(Set(match.positions).count, match.positions.count)
            let spelled = match.positions.map { FuzzyMatcher.fold(graphemes[$0]) }
            XCTAssertEqual(spelled, query.map(FuzzyMatcher.fold), "\(query) in \(candidate)")
        }
    }
}
