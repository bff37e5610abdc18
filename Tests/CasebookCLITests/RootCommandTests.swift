import Foundation
import XCTest

final class RootCommandTests: CLITestCase {
    func testDemoFlagWithoutATerminalSaysSoAndLeavesNoFileBehind() throws {
        let scratch = cli.path("tmp")
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let result = try cli.run(["--demo"], environment: ["TMPDIR": scratch])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("needs a terminal"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch), [], "the temporary demo was left behind")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.databasePath), "--demo touched the real caseload")
    }

    func testDemoFileIsPrivateToItsOwner() throws {
        try writeDemo(clients: 1)
        var info = stat()
        XCTAssertEqual(stat(cli.databasePath, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o600)
    }

    func testTimelineFallsBackToASCIIOutsideUTF8Locales() throws {
        let code = try XCTUnwrap(writeDemo(clients: 1).first)
        let result = try cli.run(["timeline", code], environment: ["LANG": "C"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.unicodeScalars.allSatisfy(\.isASCII), result.stdout)
    }

    func testBadSessionRangeExplainsTheFormat() throws {
        let result = try cli.run(["demo", cli.path("x.sqlite"), "--sessions-per-client", "80-20"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("20-80"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.path("x.sqlite")))
    }
}
