import Foundation
import XCTest

final class ImportCLITests: XCTestCase {
    func testImportIntoAnotherDatabasePrintsWhatArrived() throws {
        let source = try CLISandbox()
        let caseload = try source.writeDemo(clients: 2)
        let file = source.path("caseload.json")
        XCTAssertEqual(try source.run(["export", "--format", "json", "--out", file]).status, 0)
        let target = try CLISandbox()
        let result = try target.run(["import", file])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Imported 2 clients"), result.stdout)
        for client in caseload.clients { XCTAssertTrue(result.stdout.contains(client.code)) }
        let again = try target.run(["import", file])
        XCTAssertNotEqual(again.status, 0, "the same clients twice are conflicts")
        XCTAssertTrue(again.stderr.contains("clients[0].code"), again.stderr)
        XCTAssertTrue(again.stderr.contains("already exists"), again.stderr)
    }

    func testBrokenFileExitsNonZeroNamingTheProblem() throws {
        let sandbox = try CLISandbox()
        let file = sandbox.path("broken.json")
        try "{\"format\": \"casebook-export\", \"version\": 9}".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try sandbox.run(["import", file])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("version"), result.stderr)
        let missing = try sandbox.run(["import", sandbox.path("nope.json")])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.stderr.contains("nope.json"), missing.stderr)
    }
}
