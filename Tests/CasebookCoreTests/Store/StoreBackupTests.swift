import Foundation
import XCTest
@testable import CasebookCore

final class StoreBackupTests: XCTestCase {
    func testBackupIsPrivateOpensAndHoldsTheNotes() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Dreamt of the sea.", visit: EditingVisit())
        let target = folder.path("backup.sqlite")
        try store.backup(to: target)
        XCTAssertEqual(CaseStore.permissions(of: target), 0o600)
        let copy = try CaseStore(url: URL(fileURLWithPath: target))
        XCTAssertEqual(try copy.client(code: "AM-014")?.name, "Anna Meier")
        XCTAssertEqual(try copy.search(SearchQuery("sea")).count, 1)
        XCTAssertTrue(try copy.check().isHealthy)
        let logged = try store.disclosures()
        XCTAssertEqual(logged.first?.what, "backup to \(target)")
        XCTAssertEqual(logged.first?.clientCodes, ["AM-014"])
    }

    func testBackupNeverOverwritesAnExistingFile() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let target = folder.path("precious.txt")
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: target))
        XCTAssertThrowsError(try store.backup(to: target)) { error in
            XCTAssertEqual(error as? StoreError, .backupTargetExists(path: target))
        }
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "keep me")
    }

    /// A backup killed half-way must not leave a broken file under the name the user will look
    /// for: the copy is built under a `.partial` name and only renamed when complete.
    func testBackupLeavesOnlyTheFinishedFileAndNoPartialCopy() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        _ = try makeClient(store)
        let backups = folder.path("backups")
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
        let target = backups + "/monday.sqlite"
        try store.backup(to: target)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: backups), ["monday.sqlite"])
        XCTAssertThrowsError(try store.backup(to: target))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: backups), ["monday.sqlite"])
        XCTAssertTrue(try CaseStore(url: URL(fileURLWithPath: target)).check().isHealthy)
    }

    func testBackupTakenWhileAnotherConnectionWritesIsConsistent() throws {
        let folder = try TemporaryFolder()
        let writer = try makeStore(in: folder)
        let reader = try CaseStore(url: folder.url.appendingPathComponent("casebook.sqlite"))
        let client = try makeClient(writer)
        let target = folder.path("during.sqlite")
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { lane in
            do {
                if lane == 0 {
                    for _ in 0..<40 { try writer.createSession(clientID: client.id!) }
                } else {
                    try reader.backup(to: target)
                }
            } catch {
                failures.record("\(error)")
            }
        }
        XCTAssertEqual(failures.all, [])
        let copy = try CaseStore(url: URL(fileURLWithPath: target))
        XCTAssertTrue(try copy.check().isHealthy)
        let numbers = try copy.sessions(clientID: client.id!).map(\.number)
        XCTAssertEqual(numbers, Array(1..<(numbers.count + 1)), "a backup holds a gap-free prefix of the sessions")
    }

    func testTwoStoresOnOneFileBothWriteWithoutLockErrors() throws {
        let folder = try TemporaryFolder()
        let first = try makeStore(in: folder)
        let second = try CaseStore(url: folder.url.appendingPathComponent("casebook.sqlite"))
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { lane in
            let store = lane == 0 ? first : second
            for index in 0..<30 {
                do {
                    let client = try store.createClient(
                        Client(code: "C\(lane)-\(index)", name: "Client \(lane) \(index)", intakeDate: Date()))
                    let session = try store.createSession(clientID: client.id!)
                    try store.saveNote(sessionID: session.id!, layer: .process, text: "Note \(index)", visit: EditingVisit())
                } catch {
                    failures.record("\(error)")
                }
            }
        }
        XCTAssertEqual(failures.all, [])
        XCTAssertEqual(try first.listClients().count, 60)
        XCTAssertEqual(try second.listClients().count, 60)
    }

    func testCheckReportsSchemaVersionAndMigrations() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let check = try store.check()
        XCTAssertEqual(check.integrity, ["ok"])
        XCTAssertEqual(check.foreignKeyViolations, 0)
        XCTAssertEqual(check.appliedMigrations, ["v1-schema", "v1-search-index", "v1-seed-codebook", "v2-roster-indexes", "v2-search-index-rowids", "v2-deferred-note-index", "v2-deferred-evidence-index", "v2-observation-grid-index", "v2-roster-session-counts", "v2-codebook-version", "v2-session-code-lists"])
        XCTAssertEqual(check.pendingMigrations, [])
    }
}

private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func record(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}
