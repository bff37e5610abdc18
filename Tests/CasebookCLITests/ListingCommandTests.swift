import Foundation
import XCTest

final class ListingCommandTests: CLITestCase {
    func testClientsJSONListsEveryDemoClientWithSpecKeys() throws {
        let codes = try writeDemo(clients: 4)
        XCTAssertEqual(codes.count, 4)
        let rows = try XCTUnwrap(try cli.run(["clients", "--json"]).json() as? [[String: Any]])
        for row in rows {
            assertKeys(row, ["code", "name", "status", "sessions", "last_seen"], "client row")
            let sessions = try XCTUnwrap(row["sessions"] as? Int)
            XCTAssertTrue((8...12).contains(sessions), "a demo client with 8-12 sessions shows \(sessions)")
        }
        let text = try cli.run(["clients"])
        XCTAssertEqual(text.status, 0)
        for code in codes { XCTAssertTrue(text.stdout.contains(code), "plain listing lacks \(code)") }
    }

    func testSessionsJSONShowsObservationsWithSpecKeys() throws {
        let codes = try writeDemo(clients: 2)
        let result = try cli.run(["sessions", codes[0].lowercased(), "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let sessions = try XCTUnwrap(try result.json() as? [[String: Any]])
        XCTAssertFalse(sessions.isEmpty)
        XCTAssertEqual(sessions.compactMap { $0["number"] as? Int }, Array(1...sessions.count))
        for session in sessions { assertKeys(session, ["number", "date", "attendance", "observations"], "session") }
        let observations = sessions.flatMap { $0["observations"] as? [[String: Any]] ?? [] }
        XCTAssertFalse(observations.isEmpty, "demo sessions carry inline tags")
        for observation in observations {
            assertKeys(observation, ["category", "tag", "slug", "intensity", "evidence", "source"], "observation")
        }
    }

    func testCodebookJSONHasLevelsOnlyForDefenses() throws {
        try writeDemo(clients: 1)
        let rows = try XCTUnwrap(try cli.run(["codebook", "--json"]).json() as? [[String: Any]])
        XCTAssertEqual(rows.filter { $0["category"] as? String == "defense" }.count, 30)
        for row in rows {
            assertKeys(row, ["category", "name", "slug", "level", "builtin", "uses"], "codebook row")
            if row["category"] as? String == "defense" {
                XCTAssertNotNil(row["level"] as? Int, "\(row["slug"] ?? "") has no level")
            } else {
                XCTAssertTrue(row["level"] is NSNull, "\(row["slug"] ?? "") has a level")
            }
        }
        let themes = try XCTUnwrap(try cli.run(["codebook", "--category", "theme", "--json"]).json() as? [[String: Any]])
        XCTAssertTrue(themes.contains { $0["slug"] as? String == "abandonment" })
        XCTAssertTrue(themes.allSatisfy { $0["category"] as? String == "theme" })
    }

    func testUnknownClientExitsNonZeroWithHint() throws {
        try writeDemo(clients: 1)
        let result = try cli.run(["sessions", "ZZ-999"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("ZZ-999"), result.stderr)
        XCTAssertTrue(result.stderr.contains("casebook clients"), "no hint: \(result.stderr)")
        XCTAssertFalse(result.stderr.contains("Fatal error"), result.stderr)
    }

    func testListingAMissingDatabaseDoesNotCreateOne() throws {
        let missing = cli.path("nowhere.sqlite")
        let result = try cli.run(["clients", "--db", missing])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("casebook demo"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing))
    }

    func testForeignFileIsRefusedAndLeftUnchanged() throws {
        let foreign = cli.path("shopping.sqlite")
        let bytes = Data("eggs, milk, bread — not a database\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: foreign))
        let result = try cli.run(["clients", "--db", foreign])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("not a Casebook database"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: foreign)), bytes)
        XCTAssertFalse(FileManager.default.fileExists(atPath: foreign + "-wal"))
    }
}

final class DatabaseChoiceTests: CLITestCase {
    func testDatabaseGivenBeforeTheSubcommandIsTheOneUsed() throws {
        let other = cli.path("other.sqlite")
        XCTAssertEqual(try cli.run(["demo", other, "--clients", "2", "--sessions-per-client", "3"]).status, 0)
        try writeDemo(clients: 4, sessions: "3")
        let rows = try XCTUnwrap(try cli.run(["--db", other, "clients", "--json"]).json() as? [Any])
        XCTAssertEqual(rows.count, 2)
    }

    func testClientCanBeNamedByNumericID() throws {
        let codes = try writeDemo(clients: 2, sessions: "3")
        let rows = try XCTUnwrap(try cli.run(["clients", "--json"]).json() as? [[String: Any]])
        let id = try XCTUnwrap(rows.first { $0["code"] as? String == codes[1] }?["id"] as? Int)
        let result = try cli.run(["patterns", String(id), "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual((try result.json() as? [String: Any])?["client"] as? String, codes[1])
    }
}
