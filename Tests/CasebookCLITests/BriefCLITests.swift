import Foundation
import XCTest

final class BriefCLITests: XCTestCase {
    func testDeidentifiedBriefNamesNobodyAndListsWordsToReview() throws {
        let sandbox = try CLISandbox()
        let caseload = try sandbox.writeDemo()
        for client in caseload.clients {
            for format in ["md", "html"] {
                let result = try sandbox.run(["brief", client.code, "--format", format])
                XCTAssertEqual(result.status, 0, result.stderr)
                for name in names(of: caseload) {
                    XCTAssertFalse(containsName(result.stdout, name), "\(client.code) \(format) names \(name)")
                }
                XCTAssertTrue(result.stdout.contains(client.code))
            }
        }
        let result = try sandbox.run(["brief", caseload.clients[0].code])
        XCTAssertTrue(result.stderr.contains("Tibor"), "a name Casebook was not told about is listed: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("--allow"), "the review says how to accept a word: \(result.stderr)")
        let allowed = try sandbox.run(["brief", caseload.clients[0].code, "--allow", "Tibor"])
        XCTAssertEqual(allowed.status, 0, allowed.stderr)
        XCTAssertFalse(allowed.stderr.contains("Tibor"), allowed.stderr)
        let log = try sandbox.disclosures()
        XCTAssertEqual(log.count, caseload.clients.count * 2 + 2)
        XCTAssertTrue(log.allSatisfy { $0["deidentified"] as? Bool == true })
    }

    func testIdentifiedBriefWarnsAndIsRecordedAsIdentified() throws {
        let sandbox = try CLISandbox()
        let caseload = try sandbox.writeDemo(clients: 1)
        let out = sandbox.path("brief.html")
        let result = try sandbox.run(["brief", caseload.clients[0].code, "--format", "html", "--identified", "--out", out])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("Warning"), result.stderr)
        XCTAssertTrue(try String(contentsOfFile: out, encoding: .utf8).contains(caseload.clients[0].name))
        let log = try sandbox.disclosures()
        XCTAssertEqual(log.first?["deidentified"] as? Bool, false)
        XCTAssertTrue((log.first?["what"] as? String)?.contains(out) ?? false)
    }

    func testSessionRangeIsCheckedAndApplied() throws {
        let sandbox = try CLISandbox()
        let caseload = try sandbox.writeDemo(clients: 1)
        let bad = try sandbox.run(["brief", caseload.clients[0].code, "--sessions", "9-2"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("--sessions"), bad.stderr)
        let good = try sandbox.run(["brief", caseload.clients[0].code, "--sessions", "2-3"])
        XCTAssertEqual(good.status, 0, good.stderr)
        XCTAssertTrue(good.stdout.contains("Sessions covered: sessions 2–3"))
    }
}
