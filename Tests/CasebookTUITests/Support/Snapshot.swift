import Foundation
import XCTest

/// Golden screen text under `Tests/CasebookTUITests/Snapshots/`. The demo is seeded and the
/// clock fixed, so a screen is the same on every run; when a screen changes on purpose,
/// re-record with `CASEBOOK_RECORD_SNAPSHOTS=1 swift test --filter CasebookTUITests` and read the diff.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static var recording: Bool { ProcessInfo.processInfo.environment["CASEBOOK_RECORD_SNAPSHOTS"] == "1" }

    static func assert(_ lines: [String], named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = directory.appendingPathComponent(name + ".txt")
        // Trailing spaces are kept but marked, so the file shows the screen's true width.
        let text = lines.map { $0 + "|" }.joined(separator: "\n") + "\n"
        if recording {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("No snapshot \(name).txt; record it with CASEBOOK_RECORD_SNAPSHOTS=1", file: file, line: line)
            return
        }
        if expected != text {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let firstDiff = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expectedLines.count, actualLines.count)
            let expectedRow = firstDiff < expectedLines.count ? expectedLines[firstDiff] : "<none>"
            let actualRow = firstDiff < actualLines.count ? actualLines[firstDiff] : "<none>"
            XCTFail("Snapshot \(name) differs at row \(firstDiff):\nexpected: \(expectedRow)\nactual:   \(actualRow)\n\n"
                    + text, file: file, line: line)
        }
    }
}
