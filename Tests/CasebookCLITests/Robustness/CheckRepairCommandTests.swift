import Foundation
import GRDB
import XCTest

/// `casebook check` finds a search index out of step with the notes without touching the file;
/// only `--repair` changes it, and only after writing a backup beside it.
final class CheckRepairCommandTests: CLITestCase {
    private func damageSearchIndex() throws {
        let queue = try DatabaseQueue(path: cli.databasePath)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "DELETE FROM search_index_data WHERE id > 10")
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        try queue.close()
    }

    private func backups() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).filter { $0.contains(".before-repair-") }
    }

    func testCheckReportsBrokenSearchIndexAndPointsAtRepairWithoutChangingTheFile() throws {
        try writeDemo(clients: 2, sessions: "6")
        try damageSearchIndex()
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.databasePath))
        let result = try cli.run(["check"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("search index:"), result.stdout)
        XCTAssertTrue(result.stderr.contains("casebook check --repair"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: cli.databasePath)), before, "check alone never writes")
        XCTAssertEqual(try backups(), [])
    }

    func testRepairWritesAPrivateBackupThenFixesSearch() throws {
        try writeDemo(clients: 2, sessions: "6")
        try damageSearchIndex()
        let damaged = try Data(contentsOf: URL(fileURLWithPath: cli.databasePath))
        let repaired = try cli.run(["check", "--repair", "--json"])
        XCTAssertEqual(repaired.status, 0, repaired.stderr + repaired.stdout)
        let report = try XCTUnwrap(try repaired.json() as? [String: Any])
        XCTAssertEqual(report["ok"] as? Bool, true)
        let backup = try XCTUnwrap((report["repair"] as? [String: Any])?["backup"] as? String)
        XCTAssertEqual(try backups().map { cli.path($0) }, [backup])
        XCTAssertTrue(backup.hasPrefix(cli.path("casebook.before-repair-")) && backup.hasSuffix(".sqlite"), backup)
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: backup)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o777, 0o600)

        // The backup is the damaged file as it was: repairing it again shows the same damage.
        let backupCheck = try cli.run(["check", "--db", backup])
        XCTAssertNotEqual(backupCheck.status, 0)
        XCTAssertNotEqual(try Data(contentsOf: URL(fileURLWithPath: cli.databasePath)), damaged)

        XCTAssertEqual(try cli.run(["check"]).status, 0)
        let search = try cli.run(["search", "the", "--json"])
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertFalse(try XCTUnwrap(search.json() as? [Any]).isEmpty, "search finds the notes again")
    }
}

/// The sessions' kept code lists, which timelines draw, are checked and rebuilt like the index.
final class CheckKeptTablesCommandTests: CLITestCase {
    func testCheckReportsStaleCodeListsAndCountsAndRepairRebuildsThem() throws {
        try writeDemo(clients: 2, sessions: "6")
        let queue = try DatabaseQueue(path: cli.databasePath)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "UPDATE session_code_list SET codes = '' WHERE session_id = (SELECT min(session_id) FROM session_code_list WHERE codes <> '')")
            XCTAssertEqual(db.changesCount, 1, "the demo has sessions with codes")
            try db.execute(sql: "UPDATE client_session_counts SET sessions = sessions + 1 WHERE client_id = (SELECT min(client_id) FROM client_session_counts)")
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        try queue.close()

        let result = try cli.run(["check"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("timeline codes:  1 session(s) whose kept codes differ"), result.stdout)
        XCTAssertTrue(result.stdout.contains("search index:    ok"), result.stdout)
        // Both kept tables are named, each once.
        XCTAssertTrue(result.stderr.contains("timelines' code lists") && result.stderr.contains("clients list's counts")
            && result.stderr.contains("casebook check --repair"), result.stderr)
        let json = try XCTUnwrap(try cli.run(["check", "--json"]).json() as? [String: Any])
        XCTAssertEqual((json["session_code_lists"] as? [String])?.count, 1)

        let repaired = try cli.run(["check", "--repair"])
        XCTAssertEqual(repaired.status, 0, repaired.stderr + repaired.stdout)
        XCTAssertTrue(repaired.stdout.contains("timeline codes:  ok") && repaired.stdout.contains("clients list:    ok"), repaired.stdout)
        XCTAssertEqual(try cli.run(["check"]).status, 0)
    }
}
