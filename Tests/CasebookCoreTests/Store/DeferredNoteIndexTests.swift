import Foundation
import GRDB
import XCTest
@testable import CasebookCore

/// An autosave records its note as pending instead of re-indexing it (`v2-deferred-note-index`);
/// these check that search, `check`, a reopen after a crash and a close all still see the note
/// exactly as saved, and never its old text.
final class DeferredNoteIndexTests: XCTestCase {
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

    private func indexedProcessNote(_ store: CaseStore) throws -> String? {
        try store.database.read { db in
            try String.fetchOne(
                db, sql: "SELECT body FROM search_index WHERE rowid = ?",
                arguments: [SearchRowid.process(session: session.id!)])
        }
    }

    private func pendingCount(_ store: CaseStore) throws -> Int {
        try store.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM search_pending") ?? 0 }
    }

    func testAutosaveMarksTheNotePendingAndSearchFindsOnlyTheNewText() throws {
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Talked of the lighthouse.", visit: EditingVisit())
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Talked of the harbour.", visit: EditingVisit())
        XCTAssertEqual(try pendingCount(store), 1)
        XCTAssertEqual(try store.search(SearchQuery("harbour")).map(\.sessionID), [session.id!])
        XCTAssertEqual(try store.search(SearchQuery("lighthouse")), [])
        XCTAssertEqual(try pendingCount(store), 0)
        XCTAssertEqual(try indexedProcessNote(store), "Talked of the harbour.")
    }

    func testCheckCountsAPendingNoteAsHealthyNotAsDrift() throws {
        try store.saveNote(sessionID: session.id!, layer: .record, text: "Attended on time.", visit: EditingVisit())
        XCTAssertEqual(try pendingCount(store), 1)
        XCTAssertEqual(try store.checkSearchIndex().problems, [])
        let readOnly = try CaseStore.checkWithoutWriting(url: store.url)
        XCTAssertEqual(readOnly.searchIndex.problems, [])
    }

    func testAProcessKilledBeforeTheIndexCaughtUpIsCaughtUpAtTheNextOpen() throws {
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Spoke of the ferry.", visit: EditingVisit())
        // A second store on the same file stands for the next start after a kill -9: this
        // store never closes, so nothing of its own caught up.
        let reopened = try CaseStore(url: store.url)
        XCTAssertEqual(try pendingCount(reopened), 0)
        XCTAssertEqual(try indexedProcessNote(reopened), "Spoke of the ferry.")
        try reopened.close()
    }

    func testClosingTheStoreIndexesWhatIsPending() throws {
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Spoke of the tram.", visit: EditingVisit())
        let url = store.url
        try store.close()
        store = nil
        let queue = try DatabaseQueue(path: url.path)
        defer { try? queue.close() }
        let (pending, body) = try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM search_pending") ?? -1,
             try String.fetchOne(db, sql: "SELECT body FROM search_index WHERE rowid = ?",
                                 arguments: [SearchRowid.process(session: session.id!)]))
        }
        XCTAssertEqual(pending, 0)
        XCTAssertEqual(body, "Spoke of the tram.")
    }

    func testEmptyingANoteRemovesItsPassageAndDeletingTheSessionItsPendingMark() throws {
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Kite on the beach.", visit: EditingVisit())
        try store.catchUpSearchIndex()
        try store.saveNote(sessionID: session.id!, layer: .process, text: "", visit: EditingVisit())
        XCTAssertEqual(try store.search(SearchQuery("kite")), [])
        XCTAssertNil(try indexedProcessNote(store))
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Kite again.", visit: EditingVisit())
        try store.database.write { db in try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [session.id!]) }
        XCTAssertEqual(try pendingCount(store), 0)
        XCTAssertEqual(try store.search(SearchQuery("kite")), [])
    }
}
