import Foundation
import GRDB
import XCTest
@testable import CasebookCore

/// Deleting a client must take their words out of the file itself, not just out of view: a
/// laptop handed in for repair or a stray copy of the file must not hold them.
final class SecureDeleteTests: XCTestCase {
    private func fileContains(_ path: String, _ word: String) throws -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return data.range(of: Data(word.utf8)) != nil
    }

    func testDeletedClientsNotesLeaveNoTraceInTheFileOrItsLog() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let path = store.url.path
        let kept = try makeClient(store, code: "KP-001", name: "Kept Person")
        let keptSession = try store.createSession(clientID: kept.id!)
        try store.saveNote(sessionID: keptSession.id!, layer: .process, text: "Ordinary material about work.", visit: EditingVisit())

        let gone = try makeClient(store, code: "GN-002", name: "Gwendolyn Quarrington")
        let session = try store.createSession(clientID: gone.id!)
        let word = "Zanzibarquill"
        try store.saveNote(sessionID: session.id!, layer: .process, text: "First draft \(word) about the ferry.", visit: EditingVisit())
        try store.saveNote(sessionID: session.id!, layer: .process, text: "She dreamt of \(word) #humor", visit: EditingVisit())
        try store.saveNote(sessionID: session.id!, layer: .record, text: "Discussed \(word).", visit: EditingVisit())
        try store.addObservation(sessionID: session.id!, tagID: try tagID(store, "denial"), evidence: "\(word) again", comment: "\(word)")
        XCTAssertEqual(try store.search(SearchQuery(word)).count, 5, "both notes, the inline and manual evidence, the comment")

        try store.deleteClient(gone.id!)
        try store.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        for candidate in [path, path + "-wal"] {
            for form in [word, word.lowercased(), "Gwendolyn", "Quarrington"] {
                XCTAssertFalse(try fileContains(candidate, form), "\(form) still in \((candidate as NSString).lastPathComponent)")
            }
        }
        try store.close()
        for form in [word, word.lowercased(), "Gwendolyn", "Quarrington"] {
            XCTAssertFalse(try fileContains(path, form), "\(form) still in the closed file")
        }
        let reopened = try CaseStore(url: URL(fileURLWithPath: path), parse: { FakeInlineParser.parse($0) })
        XCTAssertEqual(try reopened.search(SearchQuery("work")).count, 1, "the other client's notes are still searchable")
        XCTAssertTrue(try reopened.checkSearchIndex().isHealthy)
        try reopened.close()
    }
}
