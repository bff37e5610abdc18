import CasebookCore
import Foundation
import XCTest

/// Text the interface could not save sits in a recovery file until the clinician copies it
/// back: `casebook check` names the file (and never prints what it holds).
final class RecoveryNoticeCommandTests: CLITestCase {
    func testCheckListsThisDatabasesRecoveryFilesWithoutFailingOrPrintingTheirText() throws {
        try writeDemo(clients: 1, sessions: "2")
        let clean = try cli.run(["check", "--json"])
        XCTAssertEqual(clean.status, 0, clean.stderr)
        XCTAssertEqual((try clean.json() as? [String: Any])?["recovery_files"] as? [String], [])

        let file = try RecoveryFile.write(
            [RecoveryDraft(title: "FX-001 · session 2 · process note", text: "Quintessa-unique words")],
            reason: "NOT SAVED: the disk is full.", databaseURL: URL(fileURLWithPath: cli.databasePath), now: Date())
        let text = try cli.run(["check"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("recovery files:  1"), text.stdout)
        XCTAssertTrue(text.stdout.contains(file.path), text.stdout)
        XCTAssertFalse((text.stdout + text.stderr).contains("Quintessa"))

        let json = try cli.run(["check", "--json"])
        XCTAssertEqual((try json.json() as? [String: Any])?["recovery_files"] as? [String], [file.path])
    }

    func testCheckOnADeletedDatabaseStillNamesItsRecoveryFile() throws {
        let file = try RecoveryFile.write(
            [RecoveryDraft(title: "t", text: "Quintessa-unique words")], reason: "NOT SAVED: the database file was deleted.",
            databaseURL: URL(fileURLWithPath: cli.databasePath), now: Date())
        let result = try cli.run(["check"])
        XCTAssertNotEqual(result.status, 0, "there is no database to check")
        XCTAssertTrue(result.stderr.contains(file.path), result.stderr)
        XCTAssertFalse((result.stdout + result.stderr).contains("Quintessa"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.databasePath), "check does not create a database")
    }
}
