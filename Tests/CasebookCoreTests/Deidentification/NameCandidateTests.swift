import Foundation
import XCTest

@testable import CasebookCore

final class NameCandidateTests: XCTestCase {
    private let deidentifier = Deidentifier(
        clientCode: "AM-014", clientName: "Zoë Brandt-Okafor", figures: [.init(role: "mother", name: "Ingrid")],
        intakeDate: Date(timeIntervalSince1970: 0), calendar: utcCalendar)

    func testUnknownNamesAreListedMostFrequentFirst() {
        let text = """
            On Monday she spoke of Marta again. Marta had phoned in March; Kofi was not told.
            Later, Marta's letter. I think PHQ-9 was 14. Zoë and Ingrid argued.
            """
        XCTAssertEqual(deidentifier.nameCandidates(in: text, allowed: []), ["Marta", "Kofi"])
    }

    func testNameThatIsAlsoAModalVerbIsListedMidSentence() {
        let text = "Will she come? She said that Will will decide."
        XCTAssertEqual(deidentifier.nameCandidates(in: text, allowed: []), ["Will"])
    }

    func testAllowedWordsAreLeftOffTheList() {
        let text = "She visited Lisbon with Marta. Lisbon felt safe."
        XCTAssertEqual(deidentifier.nameCandidates(in: text, allowed: ["lisbon"]), ["Marta"])
    }

    func testSentenceStartCountsOnlyWhenTheWordIsNeverLowercase() {
        let text = "Rain fell all week and the rain mattered to her. Hamid came back. Session ended."
        XCTAssertEqual(deidentifier.nameCandidates(in: text, allowed: []), ["Hamid"])
    }

    func testPlaceholdersAndKnownNamesAreNotCandidates() {
        let redacted = deidentifier.redact("Zoë told Ingrid about Pavel on a Tuesday.")
        XCTAssertEqual(redacted, "AM-014 told [mother] about Pavel on a Tuesday.")
        XCTAssertEqual(deidentifier.nameCandidates(in: redacted, allowed: []), ["Pavel"])
    }

    func testReviewListsCandidatesFromAllTexts() {
        let review = deidentifier.review(of: ["Zoë met Pavel.", "Pavel and Jana left."])
        XCTAssertEqual(review.nameCandidates, ["Pavel", "Jana"])
        XCTAssertTrue(review.ambiguousReplacements.isEmpty)
    }
}
