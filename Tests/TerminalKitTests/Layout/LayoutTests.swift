import XCTest
@testable import TerminalKit

final class LayoutTests: XCTestCase {
    let area = Rect(x: 0, y: 0, width: 100, height: 10)

    func testFixedPercentageAndFillShareTheWidth() {
        let parts = Layout.horizontal([.length(20), .percentage(30), .fill(1)]).split(area)
        XCTAssertEqual(parts.map(\.width), [20, 30, 50])
        XCTAssertEqual(parts.map(\.x), [0, 20, 50])
    }

    func testFillsShareByWeightAndSpacingIsLeftEmpty() {
        let parts = Layout.horizontal([.fill(1), .fill(3)], spacing: 4).split(area)
        XCTAssertEqual(parts.map(\.width), [24, 72])
        XCTAssertEqual(parts[1].x, 28)
    }

    func testMinTakesLeftoverWhenNoFill() {
        let parts = Layout.vertical([.length(1), .min(3), .length(1)]).split(area)
        XCTAssertEqual(parts.map(\.height), [1, 8, 1])
        XCTAssertEqual(parts.map(\.y), [0, 1, 9])
    }

    func testOverfullLayoutShrinksLaterParts() {
        let parts = Layout.vertical([.length(6), .length(6), .fill(1)]).split(area)
        XCTAssertEqual(parts.map(\.height), [6, 4, 0])
    }

    func testCenteredRectAndMargins() {
        XCTAssertEqual(area.centered(Size(width: 40, height: 4)), Rect(x: 30, y: 3, width: 40, height: 4))
        XCTAssertEqual(area.centered(Size(width: 200, height: 4)).width, 100)
        XCTAssertEqual(area.inset(horizontal: 2, vertical: 1), Rect(x: 2, y: 1, width: 96, height: 8))
    }
}
