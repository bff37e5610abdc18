import Foundation
import XCTest
@testable import CasebookCore

final class CaseloadExportTests: XCTestCase {
    private var fixture: ExportFixture { ExportFixture.shared }

    private func withoutTimestamp(_ json: String) -> String {
        json.split(separator: "\n").filter { !$0.contains("\"exported_at\"") }.joined(separator: "\n")
    }

    func testJSONRoundTripIntoAnEmptyDatabaseGivesTheSameFile() throws {
        let first = try CaseloadExporter(store: fixture.store).build().jsonText()
        let folder = try TemporaryFolder()
        let target = try ExportFixture.emptyStore(in: folder)
        let summary = try CaseloadImporter(store: target).importData(Data(first.utf8))
        XCTAssertEqual(summary.clientCodes.count, fixture.caseload.clients.count)
        let second = try CaseloadExporter(store: target, now: Date(timeIntervalSince1970: 0)).build().jsonText()
        XCTAssertEqual(withoutTimestamp(first), withoutTimestamp(second))
        XCTAssertTrue(summary.codesKept.isEmpty, "an empty database has only pristine built-in codes: \(summary.codesKept)")
    }

    func testJSONExportCarriesEveryTableOfTheClient() throws {
        let export = try CaseloadExporter(store: fixture.store, clientID: fixture.clientIDs[0]).build()
        XCTAssertEqual(export.format, "casebook-export")
        XCTAssertEqual(export.version, 1)
        let client = try XCTUnwrap(export.clients.first)
        XCTAssertEqual(export.clients.count, 1)
        XCTAssertEqual(client.code, fixture.caseload.clients[0].code)
        XCTAssertEqual(client.sessions.map(\.number), Array(1...fixture.caseload.clients[0].sessions.count))
        XCTAssertFalse(client.figures.isEmpty)
        XCTAssertEqual(client.formulationRevisions.count, 1, "the first draft of the formulation is kept")
        XCTAssertTrue(client.sessions.contains { !$0.revisions.isEmpty })
        XCTAssertTrue(client.sessions.contains { !$0.amendments.isEmpty && $0.signedAt != nil })
        XCTAssertTrue(client.sessions.flatMap(\.observations).contains { $0.source == "inline" && $0.spanStart != nil })
        XCTAssertTrue(client.sessions.flatMap(\.observations).contains { $0.tag == "loss-of-a-parent" && $0.flaggedForSupervision })
        let nested = try XCTUnwrap(export.codebook.first { $0.slug == "loss-of-a-parent" })
        XCTAssertEqual(nested.parent, "loss")
        XCTAssertEqual(nested.color, "#AA3377")
        XCTAssertEqual(export.codebook.first { $0.slug == "old-code" }?.archived, true)
        XCTAssertTrue(export.codebook.contains { $0.category == "defense" && $0.level == 7 && $0.builtin })
    }

    func testDeidentifiedExportsNameNoDemoClientInAnyFormat() throws {
        let names = DemoStoreWriter.names(of: fixture.caseload)
        let all = try CaseloadExporter(store: fixture.store, deidentify: true).build()
        assertNoNames(names, in: try all.jsonText(), "de-identified JSON")
        assertNoNames(names, in: all.csvText(), "de-identified CSV")
        assertNoNames(names, in: CaseRecordMarkdown.render(all), "de-identified Markdown")
        for clientID in fixture.clientIDs {
            let one = try CaseloadExporter(store: fixture.store, clientID: clientID, deidentify: true).build()
            assertNoNames(names, in: try one.jsonText(), "JSON of client \(clientID)")
            assertNoNames(names, in: CaseRecordMarkdown.render(one), "Markdown of client \(clientID)")
        }
    }

    func testDeidentifiedExportReplacesDatesWithWeeksAndDropsBirthYear() throws {
        let export = try CaseloadExporter(store: fixture.store, clientID: fixture.clientIDs[1], deidentify: true).build()
        let client = try XCTUnwrap(export.clients.first)
        XCTAssertNil(client.birthYear)
        XCTAssertEqual(client.aliases, [])
        XCTAssertEqual(client.name, client.code)
        XCTAssertEqual(client.intakeDate, "week 1")
        XCTAssertTrue(client.sessions.allSatisfy { $0.startedAt.hasPrefix("week ") })
        XCTAssertTrue(client.figures.allSatisfy { $0.name.hasPrefix("[") })
        XCTAssertNil(try export.jsonText().range(of: #"\d{4}-\d{2}-\d{2}T"#, options: .regularExpression))
        let csv = export.csvText()
        XCTAssertTrue(csv.contains(",week "), "the CSV date column holds weeks")
    }

    func testCSVHasOneParsableRowPerObservation() throws {
        let export = try CaseloadExporter(store: fixture.store).build()
        let csv = export.csvText()
        let records = try parseCSV(csv)
        let observationCount = try fixture.store.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM observation") }
        XCTAssertEqual(records.first, ObservationCSVRow.header)
        XCTAssertEqual(records.count - 1, observationCount)
        XCTAssertTrue(records.dropFirst().allSatisfy { $0.count == ObservationCSVRow.header.count })
        let defense = try XCTUnwrap(records.first { $0[3] == "defense" })
        XCTAssertFalse(defense[5].isEmpty, "a defense row carries its DMRS level")
        XCTAssertNotNil(ExportDate.parse(records[1][2] + "T00:00:00Z"), "an identified CSV has calendar dates")
    }

    func testQDCIsWellFormedWithCategoriesAndTheNestedCustomTheme() throws {
        let qdc = try CaseloadExporter(store: fixture.store).build().qdcText()
        XCTAssertNil(xmlError(qdc))
        XCTAssertTrue(qdc.contains("xmlns=\"urn:QDA-XML:codebook:1.0\""))
        let loss = try XCTUnwrap(qdc.range(of: "name=\"Loss\""))
        let nested = try XCTUnwrap(qdc.range(of: "name=\"Loss of a parent\""))
        XCTAssertLessThan(loss.lowerBound, nested.lowerBound)
        let between = qdc[loss.upperBound..<nested.lowerBound]
        XCTAssertFalse(between.contains("</Code>"), "the custom theme sits inside its parent")
        XCTAssertTrue(qdc.contains("name=\"Defense\""))
        XCTAssertTrue(qdc.contains("DMRS level 7"))
    }

    func testMarkdownRecordShowsFormulationSessionsAndObservations() throws {
        let export = try CaseloadExporter(store: fixture.store, clientID: fixture.clientIDs[0]).build()
        let markdown = CaseRecordMarkdown.render(export)
        let demo = fixture.caseload.clients[0]
        XCTAssertTrue(markdown.hasPrefix("# Case record: \(demo.name) (\(demo.code))"))
        XCTAssertTrue(markdown.contains("## Formulation"))
        XCTAssertTrue(markdown.contains("### Session \(demo.sessions.count) — "))
        XCTAssertTrue(markdown.contains("**Observations**"))
        XCTAssertTrue(markdown.contains("**Process note**"))
    }

    func testExportFileRefusesToReplaceAndIsPrivate() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("out.json")
        try ExportFile.write("first", to: path)
        XCTAssertThrowsError(try ExportFile.write("second", to: path))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "first")
        try ExportFile.write("second", to: path, overwrite: true)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "second")
        let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
        XCTAssertEqual(mode, 0o600)
        XCTAssertThrowsError(try ExportFile.write("x", to: folder.url.path, overwrite: true), "a folder is never replaced")
        var isFolder: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.url.path, isDirectory: &isFolder) && isFolder.boolValue)
    }

    func testExportDatesRoundTripToTheMillisecond() {
        for seconds in [0.0, 1_790_000_000, 1_790_000_000.123, -86_400.5] {
            let date = Date(timeIntervalSince1970: seconds)
            let text = ExportDate.string(date)
            XCTAssertEqual(ExportDate.parse(text).map(ExportDate.string), text)
        }
        XCTAssertNil(ExportDate.parse("week 3"))
        XCTAssertNil(ExportDate.parse("2026-02-30T10:00:00Z"))
    }
}

/// A small RFC 4180 reader for checking what `CSVWriter` writes.
func parseCSV(_ text: String) throws -> [[String]] {
    var records: [[String]] = []
    var field = ""
    var record: [String] = []
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
        if quoted {
            if scalar == "\"" {
                if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
            } else {
                field.unicodeScalars.append(scalar)
            }
        } else if scalar == "\"" {
            quoted = true
        } else if scalar == "," {
            record.append(field); field = ""
        } else if scalar == "\r" && scalars.first == "\n" {
            scalars.removeFirst()
            record.append(field); field = ""
            records.append(record); record = []
        } else {
            field.unicodeScalars.append(scalar)
        }
    }
    if quoted { throw CocoaError(.fileReadCorruptFile) }
    if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
    return records
}
