import CasebookCore
import TerminalKit
import XCTest
@testable import CasebookTUI

final class TagChipsLineTests: XCTestCase {
    private func drawn(_ chips: [TagChip], width: Int) -> String {
        var buffer = Buffer(size: Size(width: width, height: 1))
        buffer.setLine(x: 0, y: 0, TagChipsLine.line(chips, theme: .builtinDefault, width: width), maxWidth: width)
        return buffer.lines[0].trimmingCharacters(in: .whitespaces)
    }

    private let longFirst = [
        TagChip(name: "Fear of abandonment by the primary object", category: .theme),
        TagChip(name: "Shame", category: .theme),
        TagChip(name: "Envy", category: .theme),
    ]

    func testShorterChipsAfterOneTooLongStillShowWithTheHiddenCount() {
        XCTAssertEqual(drawn(longFirst, width: 20), "Shame · Envy +1")
    }

    func testChipsKeepTheirOrderAndTheCountCoversEveryHiddenChip() {
        let chips = [TagChip(name: "Guilt", category: .theme)] + longFirst + [TagChip(name: "Rage", category: .theme)]
        XCTAssertEqual(drawn(chips, width: 23), "Guilt · Shame · Envy +2")
    }

    func testOnlyTheCountWhenNoChipFits() {
        let chips = [TagChip(name: "Fear of abandonment", category: .theme), TagChip(name: "Longing for merger", category: .theme)]
        XCTAssertEqual(drawn(chips, width: 8), "+2")
    }

    func testAllChipsWhenTheyFit() {
        XCTAssertEqual(drawn(Array(longFirst.dropFirst()), width: 20), "Shame · Envy")
    }
}
