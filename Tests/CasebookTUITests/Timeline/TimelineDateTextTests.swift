import Foundation
import XCTest
@testable import CasebookTUI

/// Session dates on the Timeline's ticks and detail line read as `%0Nd` would write them.
final class TimelineDateTextTests: XCTestCase {
    func testPaddingMatchesPrintf() {
        for value in [0, 3, 12, 999, 1_000, 2_026, 12_345, -1, -42] {
            XCTAssertEqual(TimelineDateText.padded(value, 2), String(format: "%02d", value))
            XCTAssertEqual(TimelineDateText.padded(value, 4), String(format: "%04d", value))
        }
    }

    func testDatesInTheGivenTimeZone() throws {
        let utc = try XCTUnwrap(TimeZone(identifier: "UTC"))
        let auckland = try XCTUnwrap(TimeZone(identifier: "Pacific/Auckland"))
        // 2026-03-01 20:30 UTC is already 2 March in Auckland.
        let date = Date(timeIntervalSince1970: 1_772_397_000)
        XCTAssertEqual(TimelineDateText.day(date, timeZone: utc), "2026-03-01")
        XCTAssertEqual(TimelineDateText.monthDay(date, timeZone: utc), "03-01")
        XCTAssertEqual(TimelineDateText.monthDay(date, timeZone: auckland), "03-02", "the kept calendar follows the zone")
        XCTAssertEqual(TimelineDateText.day(date, timeZone: utc), "2026-03-01", "and back")
    }
}
