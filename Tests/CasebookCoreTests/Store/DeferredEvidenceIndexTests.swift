import Foundation
import GRDB
import XCTest
@testable import CasebookCore

/// Evidence and comments are indexed when search next needs them, not inside the autosave that
/// changed them (`v2-deferred-evidence-index`); search, `check`, a reopen after a crash and a
/// close must still see them exactly as stored, and never an old text.
final class DeferredEvidenceIndexTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: CaseStore!
    private var session: Session!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        store = try makeStore(in: folder)
        session = try store.createSession(clientID: try makeClient(store).id!)
    }

    override func tearDownWithError() throws {
        try store?.close()
        store = nil
        folder = nil
    }

    private func pendingCount(_ store: CaseStore) throws -> Int {
        try store.database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM search_pending_observation") ?? 0
        }
    }

    /// The indexed evidence and comment passages, as (session, observation, layer, text).
    private func indexedObservationPassages(_ store: CaseStore) throws -> [String] {
        try store.database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT rowid, body FROM search_index WHERE layer IN ('evidence', 'comment') ORDER BY rowid
                """).map { row in
                let rowid: Int64 = row[0]
                let body: String = row[1]
                return "\(SearchRowid.session(of: rowid))/\(SearchRowid.observation(of: rowid) ?? -1)/"
                    + "\(SearchRowid.layer(of: rowid)): \(body)"
            }
        }
    }

    private func evidenceHits(_ words: String) throws -> [String] {
        try store.search(SearchQuery(words)).filter { $0.layer == .evidence }.map(\.markedSnippet)
    }

    func testAnAutosaveThatRewordsATagMarksItPendingAndSearchFindsOnlyTheNewEvidence() throws {
        let visit = EditingVisit()
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Joked about the exam #humor", visit: visit)
        XCTAssertEqual(try pendingCount(store), 1)
        XCTAssertEqual(try evidenceHits("exam").count, 1)
        XCTAssertEqual(try pendingCount(store), 0)

        try store.saveNote(sessionID: session.id!, layer: .process, text: "Joked about the ferry #humor", visit: visit)
        XCTAssertEqual(try pendingCount(store), 1)
        XCTAssertEqual(try evidenceHits("exam"), [])
        XCTAssertEqual(try evidenceHits("ferry").count, 1)
        let observation = try XCTUnwrap(try store.observations(sessionID: session.id!).first?.observation.id)
        XCTAssertEqual(try indexedObservationPassages(store), ["\(session.id!)/\(observation)/evidence: Joked about the ferry"])
    }

    func testRemovingATagFromTheNoteRemovesItsEvidenceFromSearch() throws {
        let visit = EditingVisit()
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Laughed at the lighthouse #humor", visit: visit)
        try store.catchUpSearchIndex()
        XCTAssertEqual(try indexedObservationPassages(store).count, 1)
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Laughed at the lighthouse", visit: visit)
        XCTAssertEqual(try evidenceHits("lighthouse"), [])
        XCTAssertEqual(try indexedObservationPassages(store), [])
    }

    func testCommentsOfManualObservationsAreIndexedAndForgottenLikeEvidence() throws {
        let humor = try tagID(store, "humor")
        var added = try store.addObservation(sessionID: session.id!, tagID: humor, evidence: "", comment: "Ask about the tram")
        XCTAssertEqual(try store.search(SearchQuery("tram")).map(\.layer), [.comment])
        added.comment = "Ask about the bus"
        try store.updateObservation(added)
        XCTAssertEqual(try store.search(SearchQuery("tram")), [])
        XCTAssertEqual(try store.search(SearchQuery("bus")).map(\.layer), [.comment])
        try store.removeObservation(added.id!)
        XCTAssertEqual(try store.search(SearchQuery("bus")), [])
        XCTAssertEqual(try indexedObservationPassages(store), [])
    }

    func testAnObservationMovedToAnotherSessionIsFoundOnlyUnderItsNewSession() throws {
        let humor = try tagID(store, "humor")
        let other = try store.createSession(clientID: session.clientID)
        let added = try store.addObservation(sessionID: session.id!, tagID: humor, evidence: "Mimicked the teacher")
        try store.catchUpSearchIndex()
        try store.database.write { db in
            try db.execute(sql: "UPDATE observation SET session_id = ? WHERE id = ?", arguments: [other.id!, added.id!])
        }
        XCTAssertEqual(try store.search(SearchQuery("teacher")).map(\.sessionID), [other.id!])
        XCTAssertEqual(try indexedObservationPassages(store), ["\(other.id!)/\(added.id!)/evidence: Mimicked the teacher"])
    }

    func testDeletingASessionWithPendingEvidenceLeavesNoPassageBehind() throws {
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Shrugged off the rain #humor", visit: EditingVisit())
        XCTAssertEqual(try pendingCount(store), 1)
        try store.database.write { db in try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [session.id!]) }
        XCTAssertEqual(try store.search(SearchQuery("rain")), [])
        XCTAssertEqual(try indexedObservationPassages(store), [])
        XCTAssertEqual(try pendingCount(store), 0)
        XCTAssertEqual(try store.checkSearchIndex().problems, [])
    }

    func testCheckCountsPendingEvidenceAsHealthyNotAsDrift() throws {
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Made light of the fall #humor", visit: EditingVisit())
        XCTAssertEqual(try pendingCount(store), 1)
        XCTAssertEqual(try store.checkSearchIndex().problems, [])
        XCTAssertEqual(try CaseStore.checkWithoutWriting(url: store.url).searchIndex.problems, [])
        try store.catchUpSearchIndex()
        XCTAssertEqual(try store.checkSearchIndex().problems, [])
    }

    func testAProcessKilledBeforeTheIndexCaughtUpIsCaughtUpAtTheNextOpen() throws {
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Teased about the umbrella #humor", visit: EditingVisit())
        // A second store on the same file stands for the next start after a kill -9.
        let reopened = try CaseStore(url: store.url, parse: { FakeInlineParser.parse($0) })
        XCTAssertEqual(try pendingCount(reopened), 0)
        XCTAssertEqual(try indexedObservationPassages(reopened).count, 1)
        try reopened.close()
    }
}
