import Foundation
import GRDB
import XCTest
@testable import CasebookCore

/// The roster decodes whole-second dates itself; each must equal what GRDB decodes.
final class StoredDateTests: XCTestCase {
    func testWholeSecondDatesEqualGRDBsAndOthersAreLeftToIt() {
        var generator = SplitMix64(seed: 11)
        for _ in 0..<5_000 {
            let text = String(
                format: "%04d-%02d-%02d %02d:%02d:%02d", generator.int(in: 1600...2999), generator.int(in: 1...12),
                generator.int(in: 1...28), generator.int(in: 0...23), generator.int(in: 0...59), generator.int(in: 0...59))
            for written in [text, text + ".000"] {
                let expected = Date.fromDatabaseValue(written.databaseValue)
                XCTAssertNotNil(expected)
                XCTAssertEqual(StoredDate.wholeSeconds(written.databaseValue), expected, written)
            }
            XCTAssertNil(StoredDate.wholeSeconds((text + ".250").databaseValue), "fractions are GRDB's")
        }
        for leap in ["2024-02-29 12:00:00.000", "2000-02-29 00:00:00", "1970-01-01 00:00:00.000", "2026-12-31 23:59:59.000"] {
            XCTAssertEqual(StoredDate.wholeSeconds(leap.databaseValue), Date.fromDatabaseValue(leap.databaseValue), leap)
        }
        for odd in ["0949-04-18 12:09:33", "1582-10-10 12:00:00.000", "2023-02-29 12:00:00.000", "2023-13-01 00:00:00", "2023-1-01 00:00:00", "0000-01-01 00:00:00",
                    "2023-01-01T00:00:00.000", "2023-01-01", "1700000000"] {
            XCTAssertNil(StoredDate.wholeSeconds(odd.databaseValue), odd)
        }
        XCTAssertNil(StoredDate.wholeSeconds(DatabaseValue.null))
        XCTAssertNil(StoredDate.wholeSeconds(1_700_000_000.databaseValue))
    }

    func testRosterDatesEqualTheClientsAndSessionsReadOneByOne() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try store.createClient(Client(code: "SD-001", name: "Dates", intakeDate: Date(timeIntervalSince1970: 1_700_000_000.5)))
        try store.database.write { db in
            try db.execute(sql: "INSERT INTO session (client_id, number, started_at, attendance, created_at, updated_at) VALUES (?, 1, '2026-03-01 10:15:00.000', 'attended', '2026-03-01 10:15:00.000', '2026-03-01 10:15:00.000')", arguments: [client.id])
        }
        let entry = try XCTUnwrap(try store.clientRoster(themeLimit: 1).first)
        XCTAssertEqual(entry.intakeDate, try store.client(id: client.id!)?.intakeDate, "a fraction goes through GRDB")
        XCTAssertEqual(entry.lastSeen, try store.sessions(clientID: client.id!).first?.startedAt)
        XCTAssertEqual(entry.lastSeen, try store.listClients().first?.lastSeen)
    }

    func testTimelineDatesEqualTheSessionsReadOneByOne() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store).id!
        // Whole seconds are read in place; a fraction, a bare date and a number go through GRDB.
        for (number, startedAt) in ["'2026-03-01 10:15:00.000'", "'2026-03-08 10:15:00.250'", "'2026-03-15'", "1773569700"].enumerated() {
            try store.database.write { db in
                try db.execute(sql: """
                    INSERT INTO session (client_id, number, started_at, attendance, created_at, updated_at)
                    VALUES (?, ?, \(startedAt), 'no-show', '2026-03-01 10:15:00.000', '2026-03-01 10:15:00.000')
                    """, arguments: [client, number + 1])
            }
        }
        let analyzed = try store.timelineMaterial(clientID: client).sessions
        let stored = try store.sessions(clientID: client)
        XCTAssertEqual(analyzed.map(\.date), stored.map(\.startedAt))
        XCTAssertEqual(analyzed.map(\.number), [1, 2, 3, 4])
        XCTAssertEqual(analyzed.map(\.attendance), Array(repeating: "no-show", count: 4))
        XCTAssertEqual(analyzed[1].date.timeIntervalSince(analyzed[0].date), 7 * 86_400 + 0.25, accuracy: 0.001)
    }
}
