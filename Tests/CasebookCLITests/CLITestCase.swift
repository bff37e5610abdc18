import Foundation
import XCTest

/// A test case with its own runner and a small fictional caseload written by `casebook demo`.
class CLITestCase: XCTestCase {
    var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
    }

    override func tearDown() {
        cli = nil
    }

    /// Writes a four-client demo to the default database and returns the client codes.
    @discardableResult
    func writeDemo(clients: Int = 4, sessions: String = "8-12") throws -> [String] {
        let demo = try cli.run(["demo", cli.databasePath, "--clients", "\(clients)", "--sessions-per-client", sessions])
        XCTAssertEqual(demo.status, 0, demo.stderr)
        let listing = try cli.run(["clients", "--json"])
        XCTAssertEqual(listing.status, 0, listing.stderr)
        let rows = try XCTUnwrap(try listing.json() as? [[String: Any]])
        return rows.compactMap { $0["code"] as? String }
    }

    func assertKeys(_ object: Any?, _ keys: [String], _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let dictionary = object as? [String: Any] else {
            XCTFail("\(what) is not a JSON object: \(String(describing: object))", file: file, line: line)
            return
        }
        for key in keys {
            XCTAssertNotNil(dictionary[key], "\(what) lacks \"\(key)\" (has \(dictionary.keys.sorted()))", file: file, line: line)
        }
    }
}
