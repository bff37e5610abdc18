import Foundation
import GRDB
import XCTest

/// A file with known migrations still to apply (an older version, or a first creation killed
/// half-way) is older, not damaged: `check` passes it without writing, and the next open brings
/// it up to date. It once said "has problems, restore it from a backup", advice that would
/// throw away recent work.
final class CheckOlderSchemaTests: CLITestCase {
    func testCheckPassesAFileWithPendingMigrationsAndTheNextOpenAppliesThem() throws {
        let codes = try writeDemo(clients: 2, sessions: "3")
        let queue = try DatabaseQueue(path: cli.databasePath)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v1-seed-codebook'")
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.databasePath))

        let check = try cli.run(["check"])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        XCTAssertTrue(check.stdout.contains("older; Casebook brings it up to date"), check.stdout)
        XCTAssertFalse(check.stderr.contains("restore it from a backup"), check.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: cli.databasePath)), before, "check alone never writes")

        let listing = try cli.run(["clients"])
        XCTAssertEqual(listing.status, 0, listing.stderr)
        XCTAssertTrue(listing.stdout.contains(try XCTUnwrap(codes.first)))
        let again = try cli.run(["check", "--json"])
        XCTAssertEqual(again.status, 0)
        let report = try XCTUnwrap(try again.json() as? [String: Any])
        XCTAssertEqual(report["pending_migrations"] as? [String], [])
        XCTAssertEqual(report["ok"] as? Bool, true)
    }
}
