import Foundation
import GRDB
import XCTest
@testable import CasebookCore

final class SearchIndexRepairTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: CaseStore!
    private var path: String { folder.path("casebook.sqlite") }

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        store = try makeStore(in: folder)
        let client = try makeClient(store)
        for (index, note) in ["The lighthouse keeper again.", "Quarrel with the landlord about rent.", "Silent hour."]
            .enumerated()
        {
            let session = try store.createSession(clientID: client.id!, startedAt: Date(timeIntervalSince1970: 1_790_000_000 + Double(index) * 86_400))
            try store.saveNote(sessionID: session.id!, layer: .process, text: note, visit: EditingVisit())
        }
    }

    override func tearDownWithError() throws {
        try store?.close()
        store = nil
        folder = nil
    }

    /// Damages the index the way a hand edit or a crash in an old SQLite would, then closes the file.
    private func damage(_ sql: String) throws {
        try store.close()
        store = nil
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: sql)
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        try queue.close()
    }

    private func reopen() throws {
        store = try CaseStore(url: URL(fileURLWithPath: path), parse: { FakeInlineParser.parse($0) })
    }

    func testHealthyIndexPassesTheSearchCheck() throws {
        XCTAssertEqual(try store.checkSearchIndex().problems, [])
    }

    func testDeletedIndexPagesAreReportedWithoutChangingTheFile() throws {
        try damage("DELETE FROM search_index_data WHERE id > 10")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        try reopen()
        let result = try store.checkSearchIndex()
        try store.close()
        store = nil
        XCTAssertFalse(result.isHealthy)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before, "a check must not change the file")
    }

    func testTextChangedBehindTheIndexIsReported() throws {
        try damage("UPDATE search_index_content SET c0 = 'nothing of the sort' WHERE c0 LIKE '%landlord%'")
        try reopen()
        let result = try store.checkSearchIndex()
        XCTAssertFalse(result.isHealthy)
        XCTAssertTrue(result.problems.contains { $0.contains("no longer match") }, "\(result.problems)")
    }

    func testMissingPassageIsReported() throws {
        try damage("DELETE FROM search_index_content WHERE c0 LIKE '%lighthouse%'")
        try reopen()
        XCTAssertTrue(try store.checkSearchIndex().problems.contains { $0.contains("missing from the index") })
        XCTAssertThrowsError(try store.search(SearchQuery("lighthouse"))) { error in
            XCTAssertEqual(error as? StoreError, .searchIndexDamaged(path: self.path))
            XCTAssertTrue("\(error)".contains("casebook check --repair"), "\(error)")
        }
    }

    func testRepairBacksUpFirstThenMakesSearchFindTheNotesAgain() throws {
        try damage("DELETE FROM search_index_content WHERE c0 LIKE '%lighthouse%'; UPDATE search_index_content SET c0 = 'zebra' WHERE c0 LIKE '%landlord%'")
        try reopen()
        let report = try store.repair(at: Date(timeIntervalSince1970: 1_800_000_000))

        XCTAssertTrue(report.isHealthy, "\(report.searchIndex.problems) \(report.check.integrity)")
        XCTAssertEqual(report.backupPath, folder.path("casebook.before-repair-20270115-080000.sqlite"))
        XCTAssertEqual(CaseStore.permissions(of: report.backupPath), 0o600)
        XCTAssertEqual(try store.search(SearchQuery("lighthouse")).count, 1)
        XCTAssertEqual(try store.search(SearchQuery("landlord")).count, 1)
        XCTAssertEqual(try store.search(SearchQuery("zebra")).count, 0)
        XCTAssertEqual(report.removedPassages, 1)
        XCTAssertEqual(report.addedPassages, 2)

        // The backup holds the file as it was, damage included, so nothing is lost by repairing.
        let backup = try DatabaseQueue(path: report.backupPath)
        let zebra = try backup.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM search_index_content WHERE c0 = 'zebra'") }
        try backup.close()
        XCTAssertEqual(zebra, 1)
        try store.close()
        try reopen()
        XCTAssertEqual(try store.search(SearchQuery("lighthouse")).count, 1, "the repair is saved in the file")
        XCTAssertTrue(try store.checkSearchIndex().isHealthy)
    }

    func testRepairOfCorruptIndexPagesRestoresSearch() throws {
        try damage("DELETE FROM search_index_data WHERE id > 10")
        try reopen()
        let report = try store.repair()
        XCTAssertTrue(report.isHealthy, "\(report.searchIndex.problems)")
        XCTAssertEqual(try store.search(SearchQuery("landlord")).count, 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: report.backupPath))
    }

    func testRepairNeverOverwritesAnEarlierBackup() throws {
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        _ = try store.repair(at: date)
        XCTAssertThrowsError(try store.repair(at: date)) { error in
            guard case StoreError.backupTargetExists = error else { return XCTFail("\(error)") }
        }
    }
}
