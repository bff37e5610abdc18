import XCTest

@testable import CasebookCore

final class CSVWriterTests: XCTestCase {
    private let rows = [
        ObservationCSVRow(
            clientCode: "AM-014", sessionNumber: 3, dateOrWeek: "week 2", category: .defense, tag: "intellectualization",
            level: 4, intensity: 2, evidence: "She said, \"it's all just chemistry\"\r\nand laughed."),
        ObservationCSVRow(
            clientCode: "AM-014", sessionNumber: 4, dateOrWeek: "week 2", category: .theme, tag: "abandonment",
            level: nil, intensity: 3, evidence: "line one\nline two, with comma"),
        ObservationCSVRow(
            clientCode: "AM-014", sessionNumber: 5, dateOrWeek: "week 3", category: .ccrtWish, tag: "to-be-close",
            level: nil, intensity: 1, evidence: ""),
    ]

    func testEvidenceWithQuotesCommasAndLineBreaksRoundTrips() throws {
        let parsed = try RFC4180.parse(ObservationCSVRow.csv(rows))
        XCTAssertEqual(parsed.first, ObservationCSVRow.header)
        XCTAssertEqual(Array(parsed.dropFirst()), rows.map(\.fields))
        XCTAssertEqual(parsed[1][7], "She said, \"it's all just chemistry\"\r\nand laughed.")
    }

    func testOneLinePerObservationPlusHeaderEndingInCRLF() throws {
        let csv = ObservationCSVRow.csv(rows)
        XCTAssertEqual(try RFC4180.parse(csv).count, rows.count + 1)
        XCTAssertTrue(csv.hasPrefix("client_code,session_number,date_or_week,category,tag,level,intensity,evidence\r\n"))
        XCTAssertTrue(csv.hasSuffix("\r\n"))
        XCTAssertTrue(csv.contains("\r\nAM-014,5,week 3,ccrt_wish,to-be-close,,1,\r\n"))
    }

    func testOnlyFieldsThatNeedQuotesAreQuoted() {
        XCTAssertEqual(CSVWriter.field("plain text"), "plain text")
        XCTAssertEqual(CSVWriter.field("a,b"), "\"a,b\"")
        XCTAssertEqual(CSVWriter.field("say \"no\""), "\"say \"\"no\"\"\"")
        XCTAssertEqual(CSVWriter.field("cr\ronly"), "\"cr\ronly\"")
        XCTAssertEqual(CSVWriter.field("Zoë 😶"), "Zoë 😶")
    }
}

/// A strict RFC 4180 reader, so the test does not trust the writer to check itself.
enum RFC4180 {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        var quoted = false
        var fieldStarted = false
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        scalars.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        guard scalars.first == "," || scalars.first == "\r" || scalars.first == nil else { throw Malformed() }
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard !fieldStarted && field.isEmpty else { throw Malformed() }
                quoted = true
                fieldStarted = true
            case ",":
                record.append(field)
                field = ""
                fieldStarted = false
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Malformed() }
                record.append(field)
                records.append(record)
                record = []
                field = ""
                fieldStarted = false
            case "\n":
                throw Malformed()
            default:
                field.unicodeScalars.append(scalar)
                fieldStarted = true
            }
        }
        guard !quoted, record.isEmpty, field.isEmpty else { throw Malformed() }
        return records
    }
}
