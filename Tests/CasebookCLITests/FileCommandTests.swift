import CasebookCore
import Foundation
import XCTest

final class FileCommandTests: CLITestCase {
    func testDemoRefusesToOverwriteAnExistingFile() throws {
        try writeDemo(clients: 1)
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.databasePath))
        let again = try cli.run(["demo", cli.databasePath])
        XCTAssertNotEqual(again.status, 0)
        XCTAssertTrue(again.stderr.contains("already exists"), again.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: cli.databasePath)), before)
    }

    func testDefaultDemoWritesTwelveClients() throws {
        let path = cli.path("demo.sqlite")
        let result = try cli.run(["demo", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = try XCTUnwrap(try cli.run(["clients", "--db", path, "--json"]).json() as? [Any])
        XCTAssertEqual(rows.count, 12)
    }

    func testBackupIsCheckedHealthyAndLoggedAsDisclosure() throws {
        try writeDemo(clients: 2)
        let copy = cli.path("copy.sqlite")
        let backup = try cli.run(["backup", copy])
        XCTAssertEqual(backup.status, 0, backup.stderr)
        let check = try cli.run(["check", "--db", copy, "--json"])
        XCTAssertEqual(check.status, 0, check.stderr)
        let report = try XCTUnwrap(try check.json() as? [String: Any])
        XCTAssertEqual(report["ok"] as? Bool, true)
        XCTAssertEqual(report["integrity"] as? [String], ["ok"])
        XCTAssertNotNil(report["schema_version"] as? String)
        let copied = try XCTUnwrap(try cli.run(["clients", "--db", copy, "--json"]).json() as? [Any])
        XCTAssertEqual(copied.count, 2)

        let store = try CaseStore(path: cli.databasePath)
        XCTAssertTrue(try store.disclosures().contains { $0.what.contains(copy) })
        var info = stat()
        XCTAssertEqual(stat(copy, &info), 0)
        XCTAssertEqual(info.st_mode & 0o077, 0, "backup readable by others")
    }

    func testBackupRefusesToOverwrite() throws {
        try writeDemo(clients: 1)
        let target = cli.path("taken.sqlite")
        let bytes = Data("precious".utf8)
        try bytes.write(to: URL(fileURLWithPath: target))
        let result = try cli.run(["backup", target])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("already exists"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: target)), bytes)
    }

    func testCheckOnSoundDatabaseSaysAllGood() throws {
        try writeDemo(clients: 1)
        let result = try cli.run(["check"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("integrity:       ok"), result.stdout)
    }
}

final class DamagedFileTests: CLITestCase {
    func testDemoFileAloneCarriesTheWholeCaseload() throws {
        try writeDemo(clients: 3)
        let copy = cli.path("copied.sqlite")
        try FileManager.default.copyItem(atPath: cli.databasePath, toPath: copy)
        let rows = try XCTUnwrap(try cli.run(["clients", "--db", copy, "--json"]).json() as? [Any])
        XCTAssertEqual(rows.count, 3)
    }

    func testCheckOnDamagedFileFailsAndLeavesItUnchanged() throws {
        try writeDemo(clients: 2, sessions: "5")
        let damaged = cli.path("damaged.sqlite")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: cli.databasePath))
        XCTAssertGreaterThan(bytes.count, 6 * 4096)
        bytes.replaceSubrange(5 * 4096..<6 * 4096, with: Data(repeating: 0xDE, count: 4096))
        try bytes.write(to: URL(fileURLWithPath: damaged))
        let result = try cli.run(["check", "--db", damaged])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("damaged"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: damaged)), bytes)
    }
}
