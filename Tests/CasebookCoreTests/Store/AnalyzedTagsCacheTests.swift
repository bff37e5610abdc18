import Foundation
import GRDB
import XCTest
@testable import CasebookCore

/// Timelines and patterns keep the codebook between reads; a change to any code, from this
/// store or another process, must show on the next read.
final class AnalyzedTagsCacheTests: XCTestCase {
    private func codes(_ store: CaseStore, clientID: Int64) throws -> [String] {
        let timeline = try store.timelineMaterial(clientID: clientID).tags.map(\.name)
        XCTAssertEqual(timeline, try store.analyticsMaterial(clientID: clientID).tags.map(\.name), "both ordered reads agree")
        XCTAssertEqual(
            Set(timeline), Set(try store.analyticsInput(clientID: clientID).tags.map(\.name)), "the unordered read has the same codes")
        return timeline
    }

    func testCodebookChangesHereOrElsewhereShowOnTheNextRead() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store).id!
        let first = try codes(store, clientID: client)
        XCTAssertTrue(first.contains("Humor"))
        XCTAssertEqual(try codes(store, clientID: client), first, "nothing changed, the same codes")

        // Renamed through this store.
        _ = try store.renameTag(try tagID(store, "humor"), to: "Wit")
        XCTAssertTrue(try codes(store, clientID: client).contains("Wit"))
        XCTAssertFalse(try codes(store, clientID: client).contains("Humor"))

        // Added, renamed and merged by another process on the same file.
        let other = try CaseStore(url: folder.url.appendingPathComponent("casebook.sqlite"))
        let added = try other.addTag(category: .theme, name: "Abandonment", slug: "abandonment")
        XCTAssertTrue(try codes(store, clientID: client).contains("Abandonment"), "a code another process added")
        try other.database.write { db in try db.execute(sql: "UPDATE tag SET name = 'Being left' WHERE id = ?", arguments: [added.id]) }
        XCTAssertTrue(try codes(store, clientID: client).contains("Being left"), "a code another process renamed by SQL")
        _ = try other.mergeTag(try tagID(other, "denial"), into: try tagID(other, "isolation-of-affects"))
        try other.close()
        XCTAssertFalse(try codes(store, clientID: client).contains("Denial"), "a merged code leaves the analytics")
    }
}
