import Foundation
import GRDB
import XCTest
@testable import CasebookCore

/// Timelines and patterns read each session's codes from `session_code_list`, kept by
/// triggers: after every kind of write, what they read must equal the observations themselves.
final class SessionCodeListTests: XCTestCase {
    private let start = Date(timeIntervalSince1970: 1_780_000_000)

    /// The observations as (code, intensity) per session, read from the observation table.
    private func fromObservations(_ store: CaseStore, clientID: Int64) throws -> [Int64: [AnalyzedObservation]] {
        try store.database.read { db in
            var sessions: [Int64: [AnalyzedObservation]] = [:]
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM session WHERE client_id = ?", arguments: [clientID]) {
                sessions[id] = try Row.fetchAll(
                    db, sql: "SELECT tag_id, intensity FROM observation WHERE session_id = ? ORDER BY tag_id, intensity",
                    arguments: [id]
                ).map { AnalyzedObservation(tagID: $0[0], intensity: $0[1]) }
            }
            return sessions
        }
    }

    /// What the Timeline and Patterns are given, through both reads.
    private func analyzed(_ store: CaseStore, clientID: Int64) throws -> [Int64: [AnalyzedObservation]] {
        let timeline = try store.timelineMaterial(clientID: clientID).sessions
        XCTAssertEqual(timeline, try store.analyticsInput(clientID: clientID).sessions, "both reads agree")
        return Dictionary(uniqueKeysWithValues: timeline.map { ($0.id, $0.observations) })
    }

    private func assertAnalyzedMatchesObservations(
        _ store: CaseStore, clients: [Int64], _ message: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        for client in clients {
            XCTAssertEqual(
                try analyzed(store, clientID: client), try fromObservations(store, clientID: client), message,
                file: file, line: line)
        }
        XCTAssertEqual(try store.check().sessionCodeListProblems, [], message, file: file, line: line)
    }

    func testParsesListsAndRefusesDamagedOnes() {
        XCTAssertEqual(SessionCodeList.parse(""), [])
        XCTAssertEqual(SessionCodeList.parse("12:2"), [AnalyzedObservation(tagID: 12, intensity: 2)])
        XCTAssertEqual(
            SessionCodeList.parse("3:1,40:3,40:3"),
            [AnalyzedObservation(tagID: 3, intensity: 1), AnalyzedObservation(tagID: 40, intensity: 3),
             AnalyzedObservation(tagID: 40, intensity: 3)])
        for damaged in ["12", "12:", "12:4", "12:0", ":2", "0:2", "12:2,", ",12:2", "12:2,,3:1", "12:22", "a:2", "12;2",
                        "99999999999999999999:2", "12:2 "] {
            XCTAssertNil(SessionCodeList.parse(damaged), damaged)
        }
    }

    func testListsFollowEveryKindOfObservationAndSessionWrite() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let anna = try makeClient(store).id!
        let ben = try makeClient(store, code: "BK-002", name: "Ben Krause").id!
        let (humor, denial, isolation) = (try tagID(store, "humor"), try tagID(store, "denial"), try tagID(store, "isolation-of-affects"))
        let first = try store.createSession(clientID: anna, startedAt: start).id!
        let second = try store.createSession(clientID: anna, startedAt: start.addingTimeInterval(86_400)).id!
        let empty = try store.createSession(clientID: anna, startedAt: start.addingTimeInterval(2 * 86_400)).id!
        XCTAssertEqual(try analyzed(store, clientID: anna)[empty], [], "a session without codes has none")

        // Inline tags from a note: added, then re-marked and removed by editing the note.
        try store.saveNote(sessionID: first, layer: .process, text: "Laughed #humor?\nFine #denial!", visit: EditingVisit())
        XCTAssertEqual(try analyzed(store, clientID: anna)[first], [
            AnalyzedObservation(tagID: humor, intensity: 1), AnalyzedObservation(tagID: denial, intensity: 3),
        ].sorted { $0.tagID < $1.tagID })
        try store.saveNote(sessionID: first, layer: .process, text: "Laughed #humor!\nMoved on.", visit: EditingVisit())
        XCTAssertEqual(try analyzed(store, clientID: anna)[first], [AnalyzedObservation(tagID: humor, intensity: 3)])
        try assertAnalyzedMatchesObservations(store, clients: [anna], "after editing a note")

        // Manual observations: added, re-coded, re-weighed, removed.
        var manual = try store.addObservation(sessionID: second, tagID: denial, intensity: 2)
        try store.addObservation(sessionID: second, tagID: denial, intensity: 2)
        manual.tagID = isolation
        manual = try store.updateObservation(manual)
        manual.intensity = 1
        manual = try store.updateObservation(manual)
        XCTAssertEqual(try analyzed(store, clientID: anna)[second], [
            AnalyzedObservation(tagID: denial, intensity: 2), AnalyzedObservation(tagID: isolation, intensity: 1),
        ].sorted { $0.tagID < $1.tagID })
        // A comment or flag changes no cell.
        manual.comment = "on reflection"
        manual = try store.updateObservation(manual)
        try store.removeObservation(manual.id!)
        try assertAnalyzedMatchesObservations(store, clients: [anna], "after manual observations")

        // Merging one code into another moves its observations.
        _ = try store.mergeTag(denial, into: isolation)
        XCTAssertEqual(try analyzed(store, clientID: anna)[second], [AnalyzedObservation(tagID: isolation, intensity: 2)])
        try assertAnalyzedMatchesObservations(store, clients: [anna], "after a merge")

        // Another process moves a session to another client (no store API does; SQL may), and an
        // observation to another session.
        let other = try CaseStore(url: folder.url.appendingPathComponent("casebook.sqlite"))
        try other.database.write { db in
            try db.execute(sql: "UPDATE session SET client_id = ?, number = 1 WHERE id = ?", arguments: [ben, second])
            try db.execute(sql: "UPDATE observation SET session_id = ? WHERE session_id = ?", arguments: [empty, first])
        }
        try other.close()
        XCTAssertEqual(try analyzed(store, clientID: ben)[second], [AnalyzedObservation(tagID: isolation, intensity: 2)])
        XCTAssertNil(try analyzed(store, clientID: anna)[second], "moved with its session")
        XCTAssertEqual(try analyzed(store, clientID: anna)[first], [])
        XCTAssertEqual(try analyzed(store, clientID: anna)[empty], [AnalyzedObservation(tagID: humor, intensity: 3)])
        try assertAnalyzedMatchesObservations(store, clients: [anna, ben], "after moves")

        // Deleting a session, then a client, leaves no list behind.
        try store.deleteSession(empty)
        try store.deleteClient(ben)
        try assertAnalyzedMatchesObservations(store, clients: [anna], "after deletes")
        let kept = try store.database.read { db in try Int64.fetchAll(db, sql: "SELECT session_id FROM session_code_list WHERE codes <> ''") }
        XCTAssertEqual(kept, [], "nothing left has codes")
    }

    func testListsFollowImportsAndBulkLoads() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        var clients: [Int64] = []
        for (index, code) in ["IM-001", "BL-001"].enumerated() {
            let load = {
                try store.batch { batch in
                    let client = try batch.createClient(Client(code: code, name: "Client \(index)", intakeDate: self.start))
                    clients.append(client.id!)
                    for number in 0..<4 {
                        // Session n has n inline `#humor` tags.
                        _ = try batch.createSession(
                            clientID: client.id!, startedAt: self.start.addingTimeInterval(Double(number) * 86_400),
                            processNote: Array(repeating: "She laughed #humor", count: number).joined(separator: "\n"))
                    }
                }
            }
            // The first as an import, the second as a bulk load that drops the insert trigger.
            if index == 0 { try load() } else { try store.fillingSearchIndexAfterwards(load) }
        }
        try assertAnalyzedMatchesObservations(store, clients: clients, "after an import and a bulk load")
        XCTAssertEqual(try store.timelineMaterial(clientID: clients[1]).sessions.map(\.observations.count), [0, 1, 2, 3])
        let triggers = try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%code_list%' ORDER BY name")
        }
        XCTAssertEqual(triggers, [
            "observation_code_list_delete", "observation_code_list_insert", "observation_code_list_update",
            "session_code_list_delete", "session_code_list_move",
        ], "the bulk load put its trigger back")
    }

    func testMigrationListsObservationsWrittenBeforeIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v2-codebook-version")
        let stamp = "'2026-01-05 10:00:00.000'"
        let humor = try queue.write { db in
            try db.execute(sql: """
                INSERT INTO client (id, code, name, intake_date, created_at, updated_at) VALUES (1, 'AM-014', 'Anna', \(stamp), \(stamp), \(stamp));
                INSERT INTO session (id, client_id, number, started_at, created_at, updated_at) VALUES
                    (1, 1, 1, \(stamp), \(stamp), \(stamp)), (2, 1, 2, \(stamp), \(stamp), \(stamp));
                """)
            let humor = try Int64.fetchOne(db, sql: "SELECT id FROM tag WHERE slug = 'humor'")!
            try db.execute(sql: """
                INSERT INTO observation (session_id, tag_id, intensity, source, created_at, updated_at) VALUES
                    (2, ?, 3, 'manual', \(stamp), \(stamp)), (2, ?, 1, 'manual', \(stamp), \(stamp));
                """, arguments: [humor, humor])
            return humor
        }
        try queue.close()
        let store = try CaseStore(url: folder.url.appendingPathComponent("old.sqlite"))
        XCTAssertEqual(try store.timelineMaterial(clientID: 1).sessions.map(\.observations), [
            [], [AnalyzedObservation(tagID: humor, intensity: 1), AnalyzedObservation(tagID: humor, intensity: 3)],
        ])
        try assertAnalyzedMatchesObservations(store, clients: [1], "after the migration")
    }

    func testCheckFindsStaleOrDamagedListsAndRepairRebuildsThem() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store).id!
        let session = try store.createSession(clientID: client, startedAt: start).id!
        let humor = try tagID(store, "humor")
        try store.addObservation(sessionID: session, tagID: humor, intensity: 3)

        // A tool that wrote around the triggers: a wrong list and a list for no session.
        try store.database.write { db in
            try db.execute(sql: "UPDATE session_code_list SET codes = ? WHERE session_id = ?", arguments: ["\(humor):1", session])
            try db.execute(sql: "INSERT INTO session_code_list (client_id, session_id, codes) VALUES (?, 999, '')", arguments: [client])
        }
        XCTAssertEqual(try store.timelineMaterial(clientID: client).sessions.first?.observations.first?.intensity, 1,
                       "the timeline reads the kept list")
        let check = try store.check()
        XCTAssertFalse(check.isHealthy)
        XCTAssertEqual(check.sessionCodeListProblems, ["2 session(s) whose kept codes differ from their observations"])
        let unwritten = try CaseStore.checkWithoutWriting(url: folder.url.appendingPathComponent("casebook.sqlite"))
        XCTAssertEqual(unwritten.check.sessionCodeListProblems, check.sessionCodeListProblems)

        // Text that is no list at all is reported, never drawn as something else.
        try store.database.write { db in
            try db.execute(sql: "UPDATE session_code_list SET codes = 'humor' WHERE session_id = ?", arguments: [session])
        }
        XCTAssertThrowsError(try store.timelineMaterial(clientID: client)) { error in
            XCTAssertEqual(error as? StoreError, .codeListDamaged(sessionID: session))
            XCTAssertTrue("\(error)".contains("casebook check --repair"), "\(error)")
        }

        let report = try store.repair(at: start)
        XCTAssertEqual(report.check.sessionCodeListProblems, [])
        XCTAssertTrue(report.isHealthy)
        try assertAnalyzedMatchesObservations(store, clients: [client], "after the repair")
        XCTAssertEqual(try store.timelineMaterial(clientID: client).sessions.first?.observations,
                       [AnalyzedObservation(tagID: humor, intensity: 3)])
    }
}
