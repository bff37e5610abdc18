import Foundation
import GRDB
import XCTest
@testable import CasebookCore

/// The Clients list's session counts and last-seen dates come from `client_session_counts`,
/// kept by triggers: after every kind of write they must equal a recount of the sessions.
final class StoreRosterSessionCountsTests: XCTestCase {
    private struct Facts: Equatable {
        var sessions: Int
        var lastSeen: Date?
    }

    private let day: TimeInterval = 86_400
    private let start = Date(timeIntervalSince1970: 1_780_000_000)

    /// Counted from the sessions themselves, for every client.
    private func recounted(_ store: CaseStore) throws -> [Int64: Facts] {
        var facts: [Int64: Facts] = [:]
        for client in try store.database.read({ db in try Client.fetchAll(db) }) {
            let sessions = try store.sessions(clientID: client.id!)
            facts[client.id!] = Facts(
                sessions: sessions.count,
                lastSeen: sessions.filter { $0.attendance == .attended }.map(\.startedAt).max())
        }
        return facts
    }

    /// What the list shows, through both reads that show it.
    private func listed(_ store: CaseStore, file: StaticString = #filePath, line: UInt = #line) throws -> [Int64: Facts] {
        let roster = Dictionary(uniqueKeysWithValues: try store.clientRoster(themeLimit: 3).map {
            ($0.id, Facts(sessions: $0.sessionCount, lastSeen: $0.lastSeen))
        })
        let summaries = Dictionary(uniqueKeysWithValues: try store.listClients().map {
            ($0.client.id!, Facts(sessions: $0.sessionCount, lastSeen: $0.lastSeen))
        })
        XCTAssertEqual(roster, summaries, "the roster and `listClients` agree", file: file, line: line)
        return roster
    }

    private func assertListedMatchesSessions(
        _ store: CaseStore, _ message: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        XCTAssertEqual(try listed(store, file: file, line: line), try recounted(store), message, file: file, line: line)
        XCTAssertEqual(try store.check().rosterCountProblems, [], message, file: file, line: line)
    }

    func testSessionCountAndLastSeenFollowEveryKindOfSessionWrite() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let anna = try makeClient(store).id!
        let ben = try makeClient(store, code: "BK-002", name: "Ben Krause").id!
        XCTAssertEqual(try listed(store)[anna], Facts(sessions: 0, lastSeen: nil), "a new client has none")

        let first = try store.createSession(clientID: anna, startedAt: start)
        let second = try store.createSession(clientID: anna, startedAt: start.addingTimeInterval(7 * day))
        // Cancelled: counted, but not "last seen".
        let cancelled = try store.createSession(
            clientID: anna, startedAt: start.addingTimeInterval(14 * day), attendance: .cancelled)
        XCTAssertEqual(try listed(store)[anna], Facts(sessions: 3, lastSeen: second.startedAt))
        try assertListedMatchesSessions(store, "after adding sessions")

        // An earlier session added later does not move "last seen" back.
        try store.createSession(clientID: anna, startedAt: start.addingTimeInterval(-7 * day))
        XCTAssertEqual(try listed(store)[anna], Facts(sessions: 4, lastSeen: second.startedAt))

        // Re-marked as attended, then re-dated earlier than the rest.
        var marked = cancelled
        marked.attendance = .attended
        try store.updateSessionMetadata(marked)
        XCTAssertEqual(try listed(store)[anna]?.lastSeen, cancelled.startedAt)
        marked.startedAt = start.addingTimeInterval(-30 * day)
        try store.updateSessionMetadata(marked)
        XCTAssertEqual(try listed(store)[anna]?.lastSeen, second.startedAt)
        marked.attendance = .noShow
        try store.updateSessionMetadata(marked)
        try assertListedMatchesSessions(store, "after re-dating and re-marking")

        // Deleting the latest attended session falls back to the one before.
        try store.deleteSession(second.id!)
        XCTAssertEqual(try listed(store)[anna], Facts(sessions: 3, lastSeen: first.startedAt))
        try assertListedMatchesSessions(store, "after a delete")

        // Another process moves a session to another client (no store API does; SQL may).
        let other = try CaseStore(url: folder.url.appendingPathComponent("casebook.sqlite"))
        try other.database.write { db in
            try db.execute(sql: "UPDATE session SET client_id = ?, number = 1 WHERE id = ?", arguments: [ben, first.id!])
        }
        try other.close()
        XCTAssertEqual(try listed(store)[ben], Facts(sessions: 1, lastSeen: first.startedAt))
        try assertListedMatchesSessions(store, "after a move")

        // Closing a client changes its status, not its counts; deleting it drops its row.
        try store.setClientStatus(ben, .closed)
        XCTAssertEqual(try store.listClients(status: .closed).map(\.sessionCount), [1])
        try store.deleteClient(ben)
        try assertListedMatchesSessions(store, "after deleting a client")
        let rows = try store.database.read { db in
            try Int64.fetchAll(db, sql: "SELECT client_id FROM client_session_counts")
        }
        XCTAssertEqual(rows, [anna], "the deleted client's counts went with it")
    }

    func testCountsFollowImportsAndBulkLoads() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        try store.batch { batch in
            let client = try batch.createClient(Client(code: "IM-001", name: "Ida Moll", intakeDate: start))
            for index in 0..<5 {
                _ = try batch.createSession(
                    clientID: client.id!, startedAt: start.addingTimeInterval(Double(index) * day),
                    attendance: index == 4 ? .noShow : .attended)
            }
        }
        try assertListedMatchesSessions(store, "after an import batch")
        try store.fillingSearchIndexAfterwards {
            try store.batch { batch in
                let client = try batch.createClient(Client(code: "BL-001", name: "Bea Lund", intakeDate: start))
                for index in 0..<3 {
                    _ = try batch.createSession(clientID: client.id!, startedAt: start.addingTimeInterval(Double(index) * day))
                }
            }
        }
        try assertListedMatchesSessions(store, "after a bulk load")
        XCTAssertEqual(try store.listClients().map(\.sessionCount), [3, 5])
    }

    func testMigrationCountsSessionsWrittenBeforeIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v2-observation-grid-index")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO client (id, code, name, intake_date, created_at, updated_at) VALUES
                    (1, 'AM-014', 'Anna', '2026-01-05 10:00:00.000', '2026-01-05 10:00:00.000', '2026-01-05 10:00:00.000'),
                    (2, 'BK-002', 'Ben', '2026-01-05 10:00:00.000', '2026-01-05 10:00:00.000', '2026-01-05 10:00:00.000');
                INSERT INTO session (client_id, number, started_at, attendance, created_at, updated_at) VALUES
                    (1, 1, '2026-01-05 10:00:00.000', 'attended', '2026-01-05 10:00:00.000', '2026-01-05 10:00:00.000'),
                    (1, 2, '2026-01-12 10:00:00.000', 'attended', '2026-01-05 10:00:00.000', '2026-01-05 10:00:00.000'),
                    (1, 3, '2026-01-19 10:00:00.000', 'cancelled', '2026-01-05 10:00:00.000', '2026-01-05 10:00:00.000');
                """)
        }
        try queue.close()
        let store = try CaseStore(url: folder.url.appendingPathComponent("old.sqlite"))
        let facts = try listed(store)
        XCTAssertEqual(facts[1]?.sessions, 3)
        XCTAssertEqual(facts[1]?.lastSeen, StoredDate.wholeSeconds(text: "2026-01-12 10:00:00.000"))
        XCTAssertEqual(facts[2], Facts(sessions: 0, lastSeen: nil))
        try assertListedMatchesSessions(store, "after the migration")
    }

    func testCheckFindsStaleListCountsAndRepairRecountsThem() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store).id!
        let session = try store.createSession(clientID: client, startedAt: start).id!
        try store.addObservation(sessionID: session, tagID: try tagID(store, "#humor"))
        XCTAssertEqual(try store.check().rosterCountProblems, [])

        // A tool that wrote around the triggers.
        try store.database.write { db in
            try db.execute(sql: "UPDATE client_session_counts SET sessions = 7, last_attended = NULL")
            try db.execute(sql: "UPDATE client_tag_sessions SET sessions = sessions + 2")
        }
        XCTAssertEqual(try listed(store)[client]?.sessions, 7, "the list reads the kept count")
        let check = try store.check()
        XCTAssertFalse(check.isHealthy)
        XCTAssertEqual(check.rosterCountProblems.count, 2, "\(check.rosterCountProblems)")
        let unwritten = try CaseStore.checkWithoutWriting(url: folder.url.appendingPathComponent("casebook.sqlite"))
        XCTAssertEqual(unwritten.check.rosterCountProblems, check.rosterCountProblems)

        let report = try store.repair(at: start)
        XCTAssertEqual(report.check.rosterCountProblems, [])
        XCTAssertTrue(report.isHealthy)
        try assertListedMatchesSessions(store, "after the repair")
        XCTAssertEqual(try store.clientPreviewFacts(clientID: client, codeLimit: 5).codes.map(\.sessions), [1])
    }
}
