import Foundation
import XCTest
@testable import CasebookTUI

final class NoteMatchLocatorTests: XCTestCase {
    func testFindsTheWordIgnoringCaseAndAccentsCountingScalars() {
        // "Zoë" written decomposed (e + combining diaeresis) before the match: two scalars, one character.
        let note = "Zoe\u{0308} cried. Later ZOE laughed."
        XCTAssertEqual(NoteMatchLocator.firstScalarOffset(of: ["zoë"], in: note), 0)
        XCTAssertEqual(NoteMatchLocator.firstScalarOffset(of: ["laughed"], in: note), 22)
    }

    func testMatchesOnlyAtTheStartOfAWord() {
        let note = "At the start she spoke of art."
        XCTAssertEqual(NoteMatchLocator.firstScalarOffset(of: ["art"], in: note), 26)
        XCTAssertNil(NoteMatchLocator.firstScalarOffset(of: ["tar"], in: note))
    }

    func testTheEarliestOfSeveralTermsWins() {
        let note = "The keeper of the lighthouse was her father."
        XCTAssertEqual(NoteMatchLocator.firstScalarOffset(of: ["father", "keeper"], in: note), 4)
    }

    func testMarkedTermsAreReadFromTheSnippetMarkers() {
        XCTAssertEqual(NoteMatchLocator.markedTerms("…the \u{1}Lighthouse\u{2} and \u{1}dream\u{2}, the \u{1}Lighthouse\u{2}"),
                       ["Lighthouse", "dream"])
    }
}
