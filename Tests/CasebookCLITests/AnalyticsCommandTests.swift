import Foundation
import XCTest

final class AnalyticsCommandTests: CLITestCase {
    func testTimelineShadesCellsAndAsciiStaysASCII() throws {
        let code = try XCTUnwrap(writeDemo(clients: 1, sessions: "12").first)
        let shaded = try cli.run(["timeline", code])
        XCTAssertEqual(shaded.status, 0, shaded.stderr)
        XCTAssertTrue(shaded.stdout.contains("Defense"), shaded.stdout)
        XCTAssertTrue(shaded.stdout.contains { "░▒▓".contains($0) }, "no shading: \(shaded.stdout)")

        let ascii = try cli.run(["timeline", code, "--ascii"])
        XCTAssertEqual(ascii.status, 0, ascii.stderr)
        XCTAssertTrue(ascii.stdout.unicodeScalars.allSatisfy(\.isASCII), "non-ASCII in --ascii: \(ascii.stdout)")
        XCTAssertTrue(ascii.stdout.contains { ".+#".contains($0) })
    }

    func testTimelineCategoryAndLastNarrowTheGrid() throws {
        let code = try XCTUnwrap(writeDemo(clients: 1, sessions: "12").first)
        let result = try cli.run(["timeline", code, "--category", "defense", "--last", "5", "--ascii"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Defense"))
        XCTAssertFalse(result.stdout.contains("Transference"), result.stdout)
        XCTAssertTrue(result.stdout.contains("count"))
        XCTAssertFalse(result.stdout.contains("12345678"), "more than five columns: \(result.stdout)")
    }

    func testTimelineRejectsUnknownCategory() throws {
        let code = try XCTUnwrap(writeDemo(clients: 1).first)
        let result = try cli.run(["timeline", code, "--category", "moods"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("ccrt_wish"), "no list of categories: \(result.stderr)")
    }

    func testPatternsJSONHasSpecKeys() throws {
        let code = try XCTUnwrap(writeDemo(clients: 3, sessions: "20").last)
        let result = try cli.run(["patterns", code, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let report = try XCTUnwrap(try result.json() as? [String: Any])
        assertKeys(report, ["client", "sessions", "odf", "recurrence", "cooccurrence", "ccrt"], "patterns")
        XCTAssertEqual(report["client"] as? String, code)
        let recurrence = try XCTUnwrap(report["recurrence"] as? [[String: Any]])
        XCTAssertFalse(recurrence.isEmpty)
        for entry in recurrence {
            assertKeys(entry, ["category", "tag", "slug", "sessions", "ratio", "first", "last", "longest_streak", "trend"], "recurrence")
        }
        for point in report["odf"] as? [Any] ?? [] { assertKeys(point, ["session", "odf"], "odf point") }
        for pair in report["cooccurrence"] as? [Any] ?? [] { assertKeys(pair, ["a", "b", "count", "jaccard"], "pair") }
        let ccrt = report["ccrt"]
        assertKeys(ccrt, ["episodes", "wish", "ro", "rs"], "ccrt")
        let episodes = try XCTUnwrap((ccrt as? [String: Any])?["episodes"] as? Int)
        XCTAssertGreaterThan(episodes, 0, "the demo tells relationship episodes")
        for entry in (ccrt as? [String: Any])?["wish"] as? [Any] ?? [] { assertKeys(entry, ["tag", "pervasiveness"], "wish") }
    }

    func testPatternsTextNamesTheClient() throws {
        let code = try XCTUnwrap(writeDemo(clients: 1).first)
        let result = try cli.run(["patterns", code])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Patterns for \(code)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Recurrence"))
    }
}
