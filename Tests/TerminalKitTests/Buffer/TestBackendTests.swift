import Foundation
import XCTest
@testable import TerminalKit

final class TestBackendTests: XCTestCase {
    func testStyleCodesNumberStylesInOrderOfAppearance() {
        let bold = Style(modifiers: .bold)
        let s = screen(5, 2) { $0.setString(x: 1, y: 0, "中", style: bold); $0.setString(x: 0, y: 1, "a", style: Style(foreground: .indexed(2))) }
        let dump = s.styleCodes()
        XCTAssertEqual(dump.rows, ["01100", "20000"])
        XCTAssertEqual(dump.legend, [.plain, bold, Style(foreground: .indexed(2))])
        XCTAssertEqual(s.styleRuns(row: 0).map(\.columns), [0..<1, 1..<3, 3..<5])
    }

    func testMismatchReportNamesTheRowThatDiffers() {
        let s = screen(6, 2) { $0.setString(x: 0, y: 1, "note") }
        XCTAssertNil(s.linesMismatch(["", "note"]))
        let report = s.linesMismatch(["", "nose"])
        XCTAssertNotNil(report)
        XCTAssertTrue(report?.contains("row 1") ?? false)
        XCTAssertNotNil(s.linesMismatch(["", "note"], exact: true), "exact comparison sees trailing spaces")
    }

    func testWidgetsDrawOnlyInsideTheirArea() {
        var state = ListState(selected: 0)
        let s = screen(10, 4) { buffer in
            buffer.fill(area: buffer.area, cell: Cell(grapheme: "x"))
            let area = Rect(x: 2, y: 1, width: 6, height: 2)
            ListView(itemCount: 10, highlightSymbol: ">") { Line("item number \($0)") }.render(in: area, buffer: &buffer, state: &state)
        }
        XCTAssertNil(s.linesMismatch(["xxxxxxxxxx", "xx>item…xx", "xx item…xx", "xxxxxxxxxx"]))
    }
}

final class DisplayWidthConcurrencyTests: XCTestCase {
    func testWidthsAreTheSameFromManyThreadsAtOnce() {
        let samples: [Character] = ["a", "中", "😀", "é", "\u{0301}", "ｱ"]
        let expected = samples.map { displayWidth(of: $0) }
        let mismatches = Counter()
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            if samples.map({ displayWidth(of: $0) }) != expected { mismatches.increment() }
        }
        XCTAssertEqual(mismatches.value, 0)
        XCTAssertEqual(expected, [1, 2, 2, 1, 0, 1])
    }
}

/// A counter shared by threads in a test.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
