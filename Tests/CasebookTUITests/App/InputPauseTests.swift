import Foundation
import XCTest
@testable import CasebookTUI

/// The run loop flushes autosaves to the disk in pauses of typing, never between two keys.
final class InputPauseTests: XCTestCase {
    func testAPauseComesOnlyASecondAfterTheLastKeyAndThenOncePerSecond() {
        var pause = InputPause(delay: 1)
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        pause.input(at: start)
        XCTAssertFalse(pause.isPaused(at: start + 0.5))
        pause.input(at: start + 0.9)
        XCTAssertFalse(pause.isPaused(at: start + 1.5), "a key at 0.9 s restarts the wait")
        XCTAssertTrue(pause.isPaused(at: start + 2.0))
        XCTAssertFalse(pause.isPaused(at: start + 2.1), "not again within the second")
        XCTAssertTrue(pause.isPaused(at: start + 3.1))
    }

    func testTheStartBeforeAnyKeyIsAPause() {
        var pause = InputPause(delay: 1)
        XCTAssertTrue(pause.isPaused(at: Date(timeIntervalSince1970: 1_790_000_000)))
    }

    func testAClockSetBackDoesNotSilencePausesForever() {
        var pause = InputPause(delay: 1)
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        pause.input(at: start)
        XCTAssertTrue(pause.isPaused(at: start - 3600), "a clock moved back an hour still counts as a pause")
    }
}
