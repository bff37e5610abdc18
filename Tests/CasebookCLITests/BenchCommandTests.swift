import Foundation
import XCTest

final class BenchCommandTests: CLITestCase {
    func testSmallBenchRunsEndToEndAndPrintsJSONWithEveryKey() throws {
        let cache = cli.path("cache")
        let result = try cli.run(["bench", "--scale", "small", "--runs", "2", "--json"],
                                 environment: ["XDG_CACHE_HOME": cache])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(try result.json() as? [String: Any])
        assertKeys(object, ["scale", "operations", "rss_mb"], "bench output")
        XCTAssertEqual(object["scale"] as? String, "small")
        XCTAssertGreaterThan(object["rss_mb"] as? Double ?? 0, 0)
        let operations = try XCTUnwrap(object["operations"] as? [[String: Any]])
        let names = operations.compactMap { $0["name"] as? String }
        for expected in ["first frame", "open client", "timeline", "search", "keystroke", "autosave"] {
            XCTAssertTrue(names.contains { $0.hasPrefix(expected) }, "no \(expected) in \(names)")
        }
        for operation in operations {
            assertKeys(operation, ["name", "median_ms", "p95_ms", "runs", "target_ms", "floor_ms"], "an operation")
        }
        let measured = operations.filter { ($0["runs"] as? Int ?? 0) > 0 }
        XCTAssertTrue(measured.allSatisfy { $0["median_ms"] is Double }, "\(measured)")
        // The caseload is cached where the user's cache lives, for the next run.
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache + "/casebook/bench/small-v2.sqlite"))
    }

    func testUnknownScaleIsRefusedWithTheChoices() throws {
        let result = try cli.run(["bench", "--scale", "huge"], environment: ["XDG_CACHE_HOME": cli.path("cache")])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("small or career"), result.stderr)
    }
}
