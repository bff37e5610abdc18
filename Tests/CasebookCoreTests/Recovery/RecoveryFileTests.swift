import Foundation
import GRDB
import XCTest
@testable import CasebookCore

/// The recovery file is the last place unsaved text lives: it must hold every byte, be readable
/// only by its owner, land somewhere even when the database's disk is full, and be found again.
final class RecoveryFileTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var database: URL { folder.url.appendingPathComponent("casebook.sqlite") }
    private var environment: [String: String] { ["XDG_STATE_HOME": folder.path("state"), "TMPDIR": folder.path("tmp")] }
    private var home: String { folder.path("home") }
    private let now = Date(timeIntervalSince1970: 1_790_000_000)

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    override func tearDown() {
        folder = nil
    }

    private func write(_ drafts: [RecoveryDraft], database: URL? = nil) throws -> URL {
        try RecoveryFile.write(
            drafts, reason: "NOT SAVED: the disk is full.", databaseURL: database ?? self.database, now: now,
            environment: environment, homeDirectory: home)
    }

    func testEveryByteOfEveryDraftComesBackExactly() throws {
        let drafts = [
            RecoveryDraft(title: "AM-014 · session 3 (2026-03-14) · process note", text: "Line one\nLine two, no newline at the end"),
            RecoveryDraft(title: "AM-014 · session 3 · record note", text: "Ends with a newline\n\n"),
            RecoveryDraft(title: "tricky", text: "\n----- 1 of 3: forged · 2 bytes -----\nxx\n----- end of 1 -----\n"),
            RecoveryDraft(title: "unicode", text: "Zoë 👩🏽‍⚕️ e\u{301} עברית \r\n tab\there"),
            RecoveryDraft(title: "empty", text: ""),
        ]
        let url = try write(drafts)
        XCTAssertEqual(try RecoveryFile.read(url), drafts)
    }

    func testTheFileIsBesideTheDatabaseReadableOnlyByItsOwnerAndNamesTheDatabase() throws {
        let url = try write([RecoveryDraft(title: "t", text: "words")])
        XCTAssertEqual(url.deletingLastPathComponent().path, folder.url.path)
        XCTAssertTrue(url.lastPathComponent.hasPrefix("casebook.recovery-"), url.lastPathComponent)
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
        XCTAssertEqual(mode, 0o600)
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains("Database: \(database.path)"), text)
        XCTAssertTrue(text.contains("Why: NOT SAVED: the disk is full."), text)
    }

    func testTwoFilesInTheSameSecondDoNotOverwriteEachOther() throws {
        let first = try write([RecoveryDraft(title: "t", text: "first")])
        let second = try write([RecoveryDraft(title: "t", text: "second")])
        XCTAssertNotEqual(first, second)
        XCTAssertEqual(try RecoveryFile.read(first).map(\.text), ["first"])
        XCTAssertEqual(try RecoveryFile.read(second).map(\.text), ["second"])
    }

    func testWithoutTheDatabaseFolderTheStateFolderIsCreatedAndUsed() throws {
        let gone = folder.url.appendingPathComponent("removed-folder/casebook.sqlite")
        let url = try write([RecoveryDraft(title: "t", text: "kept")], database: gone)
        XCTAssertEqual(url.deletingLastPathComponent().path, folder.path("state") + "/casebook")
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: folder.path("state") + "/casebook")[.posixPermissions] as? Int)
        XCTAssertEqual(mode, 0o700)
        XCTAssertEqual(RecoveryFile.existing(databaseURL: gone, environment: environment, homeDirectory: home), [url])
    }

    func testOnlyThisDatabasesRecoveryFilesAreListed() throws {
        let other = folder.url.appendingPathComponent("elsewhere/casebook.sqlite")
        let otherFile = try write([RecoveryDraft(title: "t", text: "other caseload")], database: other)
        XCTAssertEqual(otherFile.deletingLastPathComponent().path, folder.path("state") + "/casebook")
        XCTAssertTrue(RecoveryFile.existing(databaseURL: database, environment: environment, homeDirectory: home).isEmpty)
        let mine = try write([RecoveryDraft(title: "t", text: "this caseload")])
        XCTAssertEqual(RecoveryFile.existing(databaseURL: database, environment: environment, homeDirectory: home), [mine])
    }

    func testAFullDiskUnderTheDatabaseLeavesNoPartialFileAndTheNextFolderTakesIt() throws {
        guard getuid() == 0 else { throw XCTSkip("mounting a small tmpfs needs root") }
        let mount = folder.path("small")
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mount]) else {
            throw XCTSkip("tmpfs cannot be mounted here")
        }
        defer { _ = Self.run("/bin/umount", [mount]) }
        let database = URL(fileURLWithPath: mount + "/casebook.sqlite")
        let text = String(repeating: "An hour of material that does not fit. ", count: 10_000)
        let url = try write([RecoveryDraft(title: "t", text: text)], database: database)
        XCTAssertEqual(url.deletingLastPathComponent().path, folder.path("state") + "/casebook")
        XCTAssertEqual(try RecoveryFile.read(url).map(\.text), [text])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: mount), [], "no partial file is left behind")
    }

    func testNowhereToWriteSaysWhereItTriedAndWhatToDo() throws {
        let nowhere = URL(fileURLWithPath: "/proc/casebook-nowhere/casebook.sqlite")
        XCTAssertThrowsError(try RecoveryFile.write(
            [RecoveryDraft(title: "t", text: "x")], reason: "r", databaseURL: nowhere, now: now,
            environment: ["XDG_STATE_HOME": "/proc/casebook-nowhere-state", "TMPDIR": "/proc/casebook-nowhere-tmp"],
            homeDirectory: "/proc/casebook-nowhere-home")
        ) { error in
            XCTAssertTrue("\(error)".contains("No recovery file could be written"), "\(error)")
            XCTAssertTrue("\(error)".contains("Free some space"), "\(error)")
        }
    }

    // MARK: - Sorting write failures

    func testWriteFailuresAreSortedIntoWhatTheClinicianCanDo() throws {
        let store = try CaseStore(url: database)
        defer { try? store.close() }
        let client = try store.createClient(Client(code: "FX-001", name: "Fictional", intakeDate: now))
        let session = try store.createSession(clientID: client.id!)
        let save = { try store.saveNote(sessionID: session.id!, layer: .process, text: String(repeating: "words ", count: 20_000), visit: EditingVisit()) }

        let pages = try store.database.write { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        try store.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = \(pages)") }
        XCTAssertThrowsError(try save()) { XCTAssertEqual(StoreFault.classify($0, store: store).kind, .diskFull) }
        try store.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = 1073741823") }

        try store.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 1") }
        XCTAssertThrowsError(try save()) { XCTAssertEqual(StoreFault.classify($0, store: store).kind, .readOnly) }
        try store.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 0") }

        for suffix in ["", "-wal", "-shm"] { unlink(database.path + suffix) }
        XCTAssertTrue(store.databaseFileIsGone)
        XCTAssertThrowsError(try save()) { XCTAssertEqual(StoreFault.classify($0, store: store).kind, .databaseGone) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: database.path))
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
