import Foundation
import GRDB
import XCTest
@testable import CasebookCore

/// An unlucky day: a full disk, a file made read-only, a caseload deleted under the running app.
/// Each gives an error that says what happened, nothing stored is lost, and the text being saved
/// is still the caller's to save again.
final class StoreFaultTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: CaseStore!
    private var session: Session!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        store = try makeStore(in: folder)
        let client = try makeClient(store)
        session = try store.createSession(clientID: client.id!)
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Earlier work, safely saved.", visit: EditingVisit())
    }

    override func tearDownWithError() throws {
        try? store?.close()
        store = nil
        folder = nil
    }

    func testFullDiskGivesDiskFullAndSavingWorksOnceThereIsRoom() throws {
        // SQLite's page limit stands in for a full disk: writes that need a new page fail with SQLITE_FULL.
        let pages = try store.database.write { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        try store.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = \(pages)") }
        let typed = String(repeating: "A long paragraph typed during the hour. ", count: 5_000)
        XCTAssertThrowsError(
            try store.saveNote(sessionID: session.id!, layer: .process, text: typed, visit: EditingVisit())
        ) { error in
            XCTAssertEqual(error as? StoreError, .diskFull(path: self.store.url.path))
            XCTAssertTrue("\(error)".contains("Free some space"), "\(error)")
        }
        XCTAssertEqual(try store.session(id: session.id!)?.processNote, "Earlier work, safely saved.")

        try store.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = 1073741823") }
        try store.saveNote(sessionID: session.id!, layer: .process, text: typed, visit: EditingVisit())
        XCTAssertEqual(try store.session(id: session.id!)?.processNote, typed)
        XCTAssertTrue(try store.check().isHealthy)
    }

    func testDatabaseDeletedUnderAnOpenStoreRefusesTheNextWrite() throws {
        let path = store.url.path
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        XCTAssertThrowsError(
            try store.saveNote(sessionID: session.id!, layer: .process, text: "Typed after the file vanished.", visit: EditingVisit())
        ) { error in
            XCTAssertEqual(error as? StoreError, .fileGone(path: path))
            XCTAssertTrue("\(error)".contains("Put the file back"), "\(error)")
        }
    }

    func testDatabaseReplacedUnderAnOpenStoreRefusesTheNextWrite() throws {
        let path = store.url.path
        try FileManager.default.moveItem(atPath: path, toPath: path + ".moved")
        try Data().write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try store.createSession(clientID: session.clientID)) { error in
            XCTAssertEqual(error as? StoreError, .fileGone(path: path))
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), Data(), "the file now at the path is not written to")
    }

    func testReadOnlyFileIsRefusedOnOpenAndItsDataIsIntact() throws {
        let path = store.url.path
        try store.close()
        store = nil
        chmod(path, 0o400)
        XCTAssertThrowsError(try CaseStore(url: URL(fileURLWithPath: path))) { error in
            XCTAssertEqual(error as? StoreError, .readOnly(path: path))
        }
        chmod(path, 0o600)
        store = try CaseStore(url: URL(fileURLWithPath: path))
        XCTAssertEqual(try store.session(id: session.id!)?.processNote, "Earlier work, safely saved.")
    }

    func testReadOnlyFolderIsRefusedOnOpenAndItsDataIsIntact() throws {
        let path = store.url.path
        try store.close()
        store = nil
        let mount = try ReadOnlyFolder(holding: path)
        XCTAssertThrowsError(try CaseStore(url: URL(fileURLWithPath: mount.databasePath))) { error in
            XCTAssertEqual(error as? StoreError, .readOnly(path: mount.databasePath), "\(error)")
        }
        try mount.restore()
        store = try CaseStore(url: URL(fileURLWithPath: path))
        XCTAssertEqual(try store.session(id: session.id!)?.processNote, "Earlier work, safely saved.")
    }
}

/// A folder that really is read-only for this process. Permission bits do not stop root, so as
/// root the file goes onto a tmpfs that is then remounted read-only; otherwise chmod does it.
private struct ReadOnlyFolder {
    let original: String
    let folder: String
    let mounted: Bool
    var databasePath: String { folder + "/" + (original as NSString).lastPathComponent }

    init(holding path: String) throws {
        original = path
        guard getuid() == 0 else {
            folder = (path as NSString).deletingLastPathComponent
            mounted = false
            chmod(folder, 0o500)
            return
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-ro-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", folder]) else {
            throw XCTSkip("running as root where tmpfs cannot be mounted: no way to make a folder read-only for root")
        }
        try FileManager.default.copyItem(atPath: path, toPath: folder + "/" + (path as NSString).lastPathComponent)
        guard Self.run("/bin/mount", ["-o", "remount,ro", folder]) else {
            _ = Self.run("/bin/umount", [folder])
            throw XCTSkip("tmpfs cannot be remounted read-only here")
        }
        mounted = true
    }

    func restore() throws {
        if mounted {
            XCTAssertTrue(Self.run("/bin/umount", [folder]))
            try? FileManager.default.removeItem(atPath: folder)
        } else {
            chmod(folder, 0o700)
        }
    }

    private static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
