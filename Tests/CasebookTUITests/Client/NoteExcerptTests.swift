import XCTest
@testable import CasebookTUI

final class NoteExcerptTests: XCTestCase {
    func testInlineTagsLeaveTheExcerptButTheWordsStay() {
        let note = "\n  She said nobody ever waits for her #abandonment and laughed (#humor?) #defense/isolation-of-affects!\nSecond line #envy."
        XCTAssertEqual(NoteExcerpt.lines(note, count: 2),
                       ["She said nobody ever waits for her and laughed", "Second line."])
    }

    func testALineOfOnlyTagsIsSkipped() {
        XCTAssertEqual(NoteExcerpt.lines("#dream\nZoë dreamt of a café 夢", count: 1), ["Zoë dreamt of a café 夢"])
    }
}
