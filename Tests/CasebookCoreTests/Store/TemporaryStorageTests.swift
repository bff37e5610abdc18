import Foundation
import GRDB
import XCTest
@testable import CasebookCore

/// No fragment of a note may land in one of SQLite's temporary files (README, privacy): every
/// connection that reads notes keeps its temporary storage in memory, the check's included,
/// whose search comparison copies every passage into temporary tables.
final class TemporaryStorageTests: XCTestCase {
    private let memory = 2

    func testEveryConnectionKeepsTemporaryStorageInMemory() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        XCTAssertEqual(try store.database.read { db in try Int.fetchOne(db, sql: "PRAGMA temp_store") }, memory, "a reader")
        XCTAssertEqual(try store.database.write { db in try Int.fetchOne(db, sql: "PRAGMA temp_store") }, memory, "the writer")

        let check = try DatabaseQueue(path: folder.path("casebook.sqlite"), configuration: CaseStore.checkConfiguration())
        defer { try? check.close() }
        XCTAssertEqual(try check.read { db in try Int.fetchOne(db, sql: "PRAGMA temp_store") }, memory, "the check's connection")
    }
}
