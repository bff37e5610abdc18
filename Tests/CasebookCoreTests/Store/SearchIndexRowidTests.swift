import Foundation
import GRDB
import XCTest
@testable import CasebookCore

/// The search index addresses each passage by a rowid computed from its session and
/// observation (`v2-search-index-rowids`); these check that search stays in step with the
/// notes through every kind of change, and that a file indexed the v1 way comes over intact.
final class SearchIndexRowidTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: CaseStore!
    private var client: Client!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        store = try makeStore(in: folder)
        client = try makeClient(store)
    }

    override func tearDownWithError() throws {
        try store?.close()
        store = nil
        folder = nil
    }

    private func sessions(_ word: String) throws -> [Int] {
        try store.search(SearchQuery(word, rankingCap: nil)).map(\.sessionNumber).sorted()
    }

    private func layers(_ word: String) throws -> [SearchLayer] {
        try store.search(SearchQuery(word, rankingCap: nil)).map(\.layer).sorted { $0.rawValue < $1.rawValue }
    }

    func testEveryPassageSitsAtTheRowidItsSessionAndObservationGiveIt() throws {
        let session = try store.createSession(clientID: client.id!)
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Ferry again. #humor", visit: EditingVisit())
        try store.saveNote(sessionID: session.id!, layer: .record, text: "Attended.", visit: EditingVisit())
        let manual = try store.addObservation(
            sessionID: session.id!, tagID: try tagID(store, "denial"), evidence: "Ferry gone", comment: "watch")
        let inline = try XCTUnwrap(try store.observations(sessionID: session.id!).first { $0.observation.source == .inline })
        // Saved notes reach the index when it catches up (before a search, at open and close).
        try store.catchUpSearchIndex()
        let rows = try store.database.read { db in
            try Row.fetchAll(db, sql: "SELECT rowid, layer, session_id, observation_id FROM search_index ORDER BY rowid")
        }
        let sid = session.id!
        let expected: [(Int64, String, Int64?)] = [
            (SearchRowid.process(session: sid), "process", nil),
            (SearchRowid.record(session: sid), "record", nil),
            (SearchRowid.evidence(session: sid, observation: inline.observation.id!), "evidence", inline.observation.id),
            (SearchRowid.evidence(session: sid, observation: manual.id!), "evidence", manual.id),
            (SearchRowid.comment(session: sid, observation: manual.id!), "comment", manual.id),
        ].sorted { $0.0 < $1.0 }
        XCTAssertEqual(rows.map { $0["rowid"] as Int64 }, expected.map(\.0))
        XCTAssertEqual(rows.map { $0["layer"] as String }, expected.map(\.1))
        XCTAssertEqual(rows.map { $0["observation_id"] as Int64? }, expected.map(\.2))
        XCTAssertEqual(Set(rows.map { $0["session_id"] as Int64 }), [sid])
        for row in rows {
            let rowid: Int64 = row["rowid"]
            XCTAssertEqual(SearchRowid.session(of: rowid), sid)
            XCTAssertEqual(SearchRowid.layer(of: rowid).rawValue, row["layer"] as String)
            XCTAssertEqual(SearchRowid.observation(of: rowid), row["observation_id"] as Int64?)
        }
    }

    func testSavedNoteIsFoundByItsNewTextOnlyAndOtherSessionsKeepTheirs() throws {
        let first = try store.createSession(clientID: client.id!)
        let second = try store.createSession(clientID: client.id!)
        try store.saveNote(sessionID: first.id!, layer: .process, text: "The lighthouse keeper.", visit: EditingVisit())
        try store.saveNote(sessionID: second.id!, layer: .process, text: "Another lighthouse.", visit: EditingVisit())
        try store.saveNote(sessionID: first.id!, layer: .record, text: "Lighthouse discussed.", visit: EditingVisit())
        try store.saveNote(sessionID: first.id!, layer: .process, text: "The harbour master.", visit: EditingVisit())
        XCTAssertEqual(try sessions("lighthouse"), [1, 2])
        XCTAssertEqual(try layers("lighthouse"), [.process, .record])
        XCTAssertEqual(try sessions("harbour"), [1])
        try store.saveNote(sessionID: first.id!, layer: .record, text: "", visit: EditingVisit())
        XCTAssertEqual(try sessions("lighthouse"), [2], "an emptied note leaves the index")
        XCTAssertTrue(try store.checkSearchIndex().isHealthy)
    }

    func testObservationEditsMovesAndDeletesReachTheIndex() throws {
        let first = try store.createSession(clientID: client.id!)
        let second = try store.createSession(clientID: client.id!)
        var observation = try store.addObservation(
            sessionID: first.id!, tagID: try tagID(store, "denial"), evidence: "Laughed at the storm", comment: "kettle")
        XCTAssertEqual(try layers("storm"), [.evidence])
        XCTAssertEqual(try layers("kettle"), [.comment])

        observation.evidence = "Quiet about the flood"
        observation.comment = ""
        observation = try store.updateObservation(observation)
        XCTAssertEqual(try sessions("storm"), [])
        XCTAssertEqual(try sessions("kettle"), [])
        XCTAssertEqual(try sessions("flood"), [1])

        // No API moves an observation between sessions yet; the trigger still has to follow one.
        try store.database.write { db in
            try db.execute(sql: "UPDATE observation SET session_id = ? WHERE id = ?", arguments: [second.id!, observation.id!])
        }
        XCTAssertEqual(try sessions("flood"), [2])
        XCTAssertTrue(try store.checkSearchIndex().isHealthy)

        try store.removeObservation(observation.id!)
        XCTAssertEqual(try sessions("flood"), [])
        XCTAssertTrue(try store.checkSearchIndex().isHealthy)
    }

    func testInlineTagsRemovedFromTheNoteTakeTheirEvidenceOutOfSearch() throws {
        let session = try store.createSession(clientID: client.id!)
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Joked about the ferry #humor\nThen quiet.", visit: EditingVisit())
        XCTAssertEqual(try layers("ferry"), [.evidence, .process])
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Joked about the ferry\nThen quiet.", visit: EditingVisit())
        XCTAssertEqual(try layers("ferry"), [.process])
        XCTAssertTrue(try store.checkSearchIndex().isHealthy)
    }

    func testDeletedSessionTakesAllItsPassagesAndNoOtherSessions() throws {
        let kept = try store.createSession(clientID: client.id!)
        let gone = try store.createSession(clientID: client.id!)
        let after = try store.createSession(clientID: client.id!)
        for session in [kept, gone, after] {
            try store.saveNote(sessionID: session.id!, layer: .process, text: "Ferry dream #humor", visit: EditingVisit())
            try store.saveNote(sessionID: session.id!, layer: .record, text: "Ferry noted.", visit: EditingVisit())
            try store.addObservation(sessionID: session.id!, tagID: try tagID(store, "denial"), evidence: "ferry", comment: "ferry")
        }
        XCTAssertEqual(try store.search(SearchQuery("ferry", rankingCap: nil)).count, 15)
        try store.deleteSession(gone.id!)
        XCTAssertEqual(try sessions("ferry"), [1, 1, 1, 1, 1, 3, 3, 3, 3, 3])
        XCTAssertTrue(try store.checkSearchIndex().isHealthy)
    }

    func testCategoryFilterReadsTheObservationTheRowidNames() throws {
        let session = try store.createSession(clientID: client.id!)
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Storm talk #humor", visit: EditingVisit())
        try store.addObservation(
            sessionID: session.id!, tagID: try tagID(store, "transference/positive"), evidence: "warm", comment: "storm in the room")
        let defense = try store.search(SearchQuery("storm", category: .defense))
        XCTAssertEqual(defense.map(\.layer), [.evidence])
        XCTAssertEqual(defense.map(\.category), [.defense])
        let transference = try store.search(SearchQuery("storm", category: .transference))
        XCTAssertEqual(transference.map(\.layer), [.comment])
        XCTAssertEqual(transference.first?.observationID, try store.observations(sessionID: session.id!)
            .first { $0.tag.category == .transference }?.observation.id)
    }

    func testAVersionOneIndexIsRenumberedAndStaysSearchable() throws {
        try store.close()
        store = nil
        let path = folder.path("v1.sqlite")
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v1-seed-codebook")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO client (code, name, intake_date, created_at, updated_at)
                    VALUES ('OL-001', 'Old Client', '2026-01-01', '2026-01-01', '2026-01-01');
                INSERT INTO session (client_id, number, started_at, process_note, record_note, created_at, updated_at)
                    VALUES (1, 1, '2026-01-05 10:00:00', 'The lighthouse keeper.', 'Attended lighthouse.', '2026-01-05', '2026-01-05');
                INSERT INTO session (client_id, number, started_at, process_note, created_at, updated_at)
                    VALUES (1, 2, '2026-01-12 10:00:00', 'A harbour dream.', '2026-01-12', '2026-01-12');
                INSERT INTO observation (session_id, tag_id, evidence, comment, source, created_at, updated_at)
                    VALUES (2, (SELECT id FROM tag WHERE slug = 'humor'), 'harbour joke', 'lighthouse aside', 'manual',
                        '2026-01-12', '2026-01-12');
                """)
        }
        let before = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM search_index") }
        try queue.close()
        XCTAssertEqual(before, 5)

        store = try CaseStore(url: URL(fileURLWithPath: path), parse: { FakeInlineParser.parse($0) })
        let rowids = try store.database.read { db in try Int64.fetchAll(db, sql: "SELECT rowid FROM search_index ORDER BY rowid") }
        XCTAssertEqual(rowids, [
            SearchRowid.process(session: 1), SearchRowid.record(session: 1),
            SearchRowid.process(session: 2), SearchRowid.evidence(session: 2, observation: 1),
            SearchRowid.comment(session: 2, observation: 1),
        ])
        XCTAssertEqual(try layers("lighthouse"), [.comment, .process, .record])
        XCTAssertEqual(try sessions("harbour"), [2, 2])
        XCTAssertTrue(try store.checkSearchIndex().isHealthy)
        XCTAssertTrue(try store.check().isHealthy)

        try store.saveNote(sessionID: 1, layer: .process, text: "The ferry keeper.", visit: EditingVisit())
        XCTAssertEqual(try layers("lighthouse"), [.comment, .record])
        XCTAssertEqual(try sessions("ferry"), [1])
    }

    func testAnUnmigratedVersionOneFileChecksHealthyWithoutBeingChanged() throws {
        try store.close()
        store = nil
        let path = folder.path("v1-check.sqlite")
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v1-seed-codebook")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO client (code, name, intake_date, created_at, updated_at)
                    VALUES ('OL-001', 'Old Client', '2026-01-01', '2026-01-01', '2026-01-01');
                INSERT INTO session (client_id, number, started_at, process_note, created_at, updated_at)
                    VALUES (1, 1, '2026-01-05 10:00:00', 'The lighthouse keeper.', '2026-01-05', '2026-01-05');
                """)
        }
        try queue.close()
        let result = try CaseStore.checkWithoutWriting(url: URL(fileURLWithPath: path))
        XCTAssertEqual(result.searchIndex.problems, [])
        let applied = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        XCTAssertFalse(applied.contains("v2-search-index-rowids"))
    }
}
