import Foundation
import XCTest

final class ExportCLITests: XCTestCase {
    func testJSONExportToAFileIsPrivateAndRecorded() throws {
        let sandbox = try CLISandbox()
        let caseload = try sandbox.writeDemo()
        let out = sandbox.path("all.json")
        let result = try sandbox.run(["export", "--format", "json", "--out", out])
        XCTAssertEqual(result.status, 0, result.stderr)
        let mode = (try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? NSNumber)?.intValue
        XCTAssertEqual(mode, 0o600)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any]
        XCTAssertEqual((json?["clients"] as? [Any])?.count, caseload.clients.count)
        let log = try sandbox.disclosures()
        XCTAssertEqual(log.count, 1)
        XCTAssertEqual(log.first?["deidentified"] as? Bool, false)
        XCTAssertEqual((log.first?["client_codes"] as? [String])?.sorted(), caseload.clients.map(\.code).sorted())
        XCTAssertTrue((log.first?["what"] as? String)?.contains("export json") ?? false)
    }

    func testExportRefusesToReplaceAFileUnlessForced() throws {
        let sandbox = try CLISandbox()
        let caseload = try sandbox.writeDemo(clients: 1)
        let out = sandbox.path("record.md")
        try "keep me".write(toFile: out, atomically: true, encoding: .utf8)
        let refused = try sandbox.run(["export", caseload.clients[0].code, "--format", "md", "--out", out])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("--force"), refused.stderr)
        XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), "keep me")
        XCTAssertEqual(try sandbox.disclosures().count, 0, "nothing left, nothing recorded")
        let forced = try sandbox.run(["export", caseload.clients[0].code, "--format", "md", "--out", out, "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("# Case record"))
    }

    func testDeidentifiedExportsToStandardOutputNameNobody() throws {
        let sandbox = try CLISandbox()
        let caseload = try sandbox.writeDemo()
        for format in ["json", "csv", "md"] {
            let result = try sandbox.run(["export", "--format", format, "--deidentify"])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertFalse(result.stdout.isEmpty)
            for name in names(of: caseload) {
                XCTAssertFalse(containsName(result.stdout, name), "\(format) names \(name)")
            }
        }
        let log = try sandbox.disclosures()
        XCTAssertEqual(log.count, 3)
        XCTAssertTrue(log.allSatisfy { $0["deidentified"] as? Bool == true })
    }

    func testCSVExportHasAHeaderAndTheQDCIsXML() throws {
        let sandbox = try CLISandbox()
        try sandbox.writeDemo(clients: 1)
        let csv = try sandbox.run(["export", "--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        XCTAssertTrue(csv.stdout.hasPrefix("client_code,session_number,date_or_week,category,tag,level,intensity,evidence\r\n"))
        let qdc = try sandbox.run(["export", "--format", "qdc"])
        XCTAssertEqual(qdc.status, 0, qdc.stderr)
        XCTAssertTrue(qdc.stdout.hasPrefix("<?xml"))
        XCTAssertTrue(qdc.stdout.contains("name=\"Abandonment\""))
    }

    func testUnknownClientAndMissingFormatFail() throws {
        let sandbox = try CLISandbox()
        try sandbox.writeDemo(clients: 1)
        let unknown = try sandbox.run(["export", "NO-SUCH", "--format", "json"])
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.stdout.isEmpty)
        XCTAssertFalse(unknown.stderr.isEmpty)
        let noFormat = try sandbox.run(["export"])
        XCTAssertNotEqual(noFormat.status, 0)
        XCTAssertEqual(try sandbox.disclosures().count, 0)
    }
}
