import CasebookCore
import Foundation
import GRDB
import TerminalKit
import XCTest

@testable import CasebookTUI

/// An unlucky day in the middle of a session: the disk fills, the database turns read-only, the
/// file is deleted. The clinician sees at once, and until it is over, that the note is not saved;
/// the text stays in the editor; saving resumes by itself when the fault goes; and quitting never
/// drops the text silently.
final class StoreFaultInterfaceTests: XCTestCase {
    private var fixture: StoreFixture!

    override func tearDown() {
        fixture = nil
    }

    /// A new session of a fresh client, the cursor in the note.
    private func openSession() throws -> AppHarness {
        fixture = try StoreFixture(demo: false)
        _ = try fixture.store.createClient(Client(code: "FX-001", name: "Fictional Client", intakeDate: AppHarness.now))
        var h = fixture.harness()
        h.key(.char("n"))
        guard case .session? = h.state.stack.last else { throw XCTSkip("no session opened") }
        return h
    }

    private var path: String { fixture.store.url.path }

    private func note(_ h: AppHarness) -> String? { h.state.openSession?.process.text }

    private func stored(_ h: AppHarness) throws -> String? {
        try fixture.store.session(id: XCTUnwrap(h.state.openSession?.session.id))?.processNote
    }

    private func saveCount(_ h: AppHarness) -> Int {
        h.effects.filter { if case .session(.save) = $0 { return true }; return false }.count
    }

    private func setMaxPages(_ pages: Int?) throws {
        try fixture.store.database.writeWithoutTransaction { db in
            let limit = pages ?? 1_073_741_823
            try db.execute(sql: "PRAGMA max_page_count = \(limit)")
        }
    }

    private func fillTheDisk() throws {
        let pages = try fixture.store.database.write { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        try setMaxPages(pages)
    }

    private func recoveryFiles() -> [URL] { RecoveryFile.existing(databaseURL: fixture.store.url) }

    // MARK: - Disk full

    func testFullDiskShowsAPersistentWarningKeepsTheTextAndSavesOnceThereIsRoom() throws {
        var h = try openSession()
        try fillTheDisk()
        let typed = String(repeating: "She spoke of her father's silence at dinner. ", count: 2_000)
        h.send(.terminal(.paste(typed)))
        h.tick(seconds: 1)

        XCTAssertTrue(h.screen.contains("NOT SAVED: the disk is full."), h.screen)
        XCTAssertTrue(h.screen.contains("Your text is kept here"), h.screen)
        XCTAssertTrue(h.screen.contains("Free some space"), h.screen)
        XCTAssertEqual(note(h), typed)
        XCTAssertEqual(try stored(h), "")

        // Typing goes on, and the warning does not fade with time or keys.
        h.type(" And then")
        h.tick(seconds: 10)
        XCTAssertTrue(h.screen.contains("NOT SAVED: the disk is full."), h.screen)
        XCTAssertEqual(note(h), typed + " And then")

        try setMaxPages(nil)
        h.tick(seconds: 30)
        XCTAssertEqual(try stored(h), typed + " And then")
        XCTAssertFalse(h.screen.contains("NOT SAVED"), h.screen)
        XCTAssertNil(h.state.openSession?.saveFault)
    }

    func testFailedSavesAreRetriedWithGrowingPausesNotOnEveryTick() throws {
        var h = try openSession()
        try fillTheDisk()
        h.send(.terminal(.paste(String(repeating: "Long material. ", count: 4_000))))
        h.tick(seconds: 1)
        let first = saveCount(h)
        XCTAssertGreaterThan(first, 0)
        // Sixty seconds of quarter-second ticks: 240 ticks, a handful of tries.
        h.tick(seconds: 60)
        let tries = saveCount(h) - first
        XCTAssertGreaterThanOrEqual(tries, 3, "saving keeps being retried")
        XCTAssertLessThanOrEqual(tries, 8, "retries back off instead of hammering a full disk")
    }

    // MARK: - Read-only

    func testReadOnlyDatabaseShowsWhyAndSavesOnceWritableAgain() throws {
        var h = try openSession()
        // SQLite's query_only makes every write fail as SQLITE_READONLY, as a disk remounted
        // read-only does; permission bits would not stop root, who runs these tests.
        try fixture.store.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 1") }
        h.type("Dream of a locked door.")
        h.tick(seconds: 1)
        XCTAssertTrue(h.screen.contains("NOT SAVED: the database cannot be written (read-only)."), h.screen)
        XCTAssertTrue(h.screen.contains("writable again"), h.screen)
        XCTAssertEqual(note(h), "Dream of a locked door.")

        try fixture.store.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 0") }
        h.tick(seconds: 5)
        XCTAssertEqual(try stored(h), "Dream of a locked door.")
        XCTAssertFalse(h.screen.contains("NOT SAVED"), h.screen)
    }

    // MARK: - Database deleted

    func testDatabaseDeletedUnderTheInterfaceIsToldAndNeverRecreatedEmpty() throws {
        var h = try openSession()
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        h.type("Words typed after the file vanished.")
        h.tick(seconds: 10)
        XCTAssertTrue(h.screen.contains("NOT SAVED: the database file was deleted or moved"), h.screen)
        XCTAssertTrue(h.screen.contains("will not make a new empty one"), h.screen)
        XCTAssertEqual(note(h), "Words typed after the file vanished.")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "no empty database was created in its place")

        // Leaving is refused while the text is unsaved, and the reads around it create nothing either.
        h.key(.escape)
        h.key(.char("q"))
        guard case .session? = h.state.stack.last else { return XCTFail("the session closed with its text unsaved") }
        XCTAssertTrue(h.lines[22].contains("Save failed: database file gone · Not closed: note unsaved"), h.lines[22])
        h.run(.loadClients(select: nil))
        h.tick(seconds: 40)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "no empty database was created in its place")
        XCTAssertEqual(note(h), "Words typed after the file vanished.")
    }

    func testWhenNoRecoveryFileCanBeWrittenTheBoxSaysSoAndStays() throws {
        var h = try openSession()
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        h.type("Nowhere to go")
        h.tick(seconds: 1)
        h.key(.ctrl("q"))
        h.send(.recoveryFailed(message: "No recovery file could be written (disk full everywhere).", then: .askFirst))
        XCTAssertFalse(h.askedToQuit)
        XCTAssertTrue(h.screen.contains("No recovery file could be written"), h.screen)
        XCTAssertTrue(h.screen.contains("write them to a recovery file"), h.screen)
        h.key(.escape)
        XCTAssertFalse(h.askedToQuit)
        XCTAssertEqual(note(h), "Nowhere to go")
    }

    func testDatabaseMovedAwayAndBackSavesAgain() throws {
        var h = try openSession()
        try FileManager.default.moveItem(atPath: path, toPath: path + ".aside")
        h.type("Still here.")
        h.tick(seconds: 1)
        XCTAssertTrue(h.screen.contains("deleted or moved"), h.screen)
        try FileManager.default.moveItem(atPath: path + ".aside", toPath: path)
        h.tick(seconds: 5)
        XCTAssertEqual(try stored(h), "Still here.")
        XCTAssertFalse(h.screen.contains("NOT SAVED"), h.screen)
    }

    // MARK: - Quitting with unsaved text

    func testQuittingWithUnsavedTextAsksAndWritesTheTextToARecoveryFile() throws {
        var h = try openSession()
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        let typed = "Ünïcode and lines\n----- 1 of 1: not a header · 3 bytes -----\nend without newline"
        h.send(.terminal(.paste(typed)))
        h.tick(seconds: 1)
        h.key(.ctrl("q"))
        XCTAssertFalse(h.askedToQuit, "quitting with unsaved text asks first")
        XCTAssertTrue(h.screen.contains("1 text is NOT saved in the database"), h.screen)
        XCTAssertTrue(h.screen.contains("FX-001 · session 1"), h.screen)
        XCTAssertTrue(h.screen.contains("write them to a recovery file"), h.screen)

        h.key(.char("w"))
        let files = recoveryFiles()
        XCTAssertEqual(files.count, 1)
        let file = try XCTUnwrap(files.first)
        XCTAssertEqual(file.deletingLastPathComponent().path, fixture.directory.path, "beside the database")
        XCTAssertEqual(try RecoveryFile.read(file).map(\.text), [typed])
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int)
        XCTAssertEqual(mode, 0o600)
        XCTAssertTrue(h.screen.contains(file.lastPathComponent), h.screen)
        XCTAssertTrue(h.screen.contains(fixture.directory.lastPathComponent), h.screen)
        XCTAssertFalse(h.askedToQuit, "the path stays on screen until a key")

        h.key(.char("x"))
        XCTAssertTrue(h.askedToQuit)
        XCTAssertEqual(h.state.recoveryPath, file.path)
    }

    func testEscapeInTheQuitBoxStaysWithTheTextAndSavingGoesOn() throws {
        var h = try openSession()
        try fillTheDisk()
        h.send(.terminal(.paste(String(repeating: "Material. ", count: 8_000))))
        h.tick(seconds: 1)
        h.send(.terminal(.interrupt(SIGINT)))
        XCTAssertFalse(h.askedToQuit)
        h.key(.escape)
        XCTAssertFalse(h.askedToQuit)
        XCTAssertNil(h.state.overlay)
        h.type("more")
        XCTAssertTrue(note(h)?.hasSuffix("Material. more") == true)
        try setMaxPages(nil)
        h.tick(seconds: 30)
        XCTAssertEqual(try stored(h), note(h))
        XCTAssertTrue(recoveryFiles().isEmpty)
    }

    func testAQuitAfterTheFaultClearedNeedsNoQuestion() throws {
        var h = try openSession()
        try fillTheDisk()
        h.send(.terminal(.paste(String(repeating: "Material. ", count: 8_000))))
        h.tick(seconds: 1)
        try setMaxPages(nil)
        // The flush on quitting saves it: nothing left to ask about.
        h.key(.ctrl("q"))
        XCTAssertTrue(h.askedToQuit)
        XCTAssertTrue(recoveryFiles().isEmpty)
    }

    func testDiscardingTakesAnExplicitCapitalD() throws {
        var h = try openSession()
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        h.type("To be thrown away on purpose")
        h.tick(seconds: 1)
        h.key(.ctrl("q"))
        h.key(.char("d"))
        h.key(.char("q"))
        XCTAssertFalse(h.askedToQuit)
        h.key(.char("D"))
        XCTAssertTrue(h.askedToQuit)
        XCTAssertTrue(recoveryFiles().isEmpty)
    }

    func testSigtermWithUnsavedTextWritesTheRecoveryFileWithoutAsking() throws {
        var h = try openSession()
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        h.type("Written before the machine shut down")
        h.tick(seconds: 1)
        h.send(.terminal(.interrupt(SIGTERM)))
        XCTAssertTrue(h.askedToQuit)
        let file = try XCTUnwrap(recoveryFiles().first)
        XCTAssertEqual(try RecoveryFile.read(file).map(\.text), ["Written before the machine shut down"])
    }

    func testSuspendingWithUnsavedTextWritesARecoveryFileFirst() throws {
        var h = try openSession()
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        h.type("Suspended mid-thought")
        h.tick(seconds: 1)
        h.key(.ctrl("z"))
        XCTAssertTrue(h.askedToSuspend)
        let file = try XCTUnwrap(recoveryFiles().first)
        XCTAssertEqual(try RecoveryFile.read(file).map(\.text), ["Suspended mid-thought"])
        XCTAssertEqual(note(h), "Suspended mid-thought", "the text is still in the editor after resuming")
        XCTAssertTrue(h.screen.contains("NOT SAVED"), h.screen)
    }

    func testBothLayersGoToTheRecoveryFile() throws {
        var h = try openSession()
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        h.type("Process words")
        h.key(.ctrl("t"))
        h.type("Record words")
        h.tick(seconds: 1)
        h.send(.terminal(.interrupt(SIGHUP)))
        XCTAssertTrue(h.askedToQuit)
        let drafts = try RecoveryFile.read(XCTUnwrap(recoveryFiles().first))
        XCTAssertEqual(Set(drafts.map(\.text)), ["Process words", "Record words"])
        XCTAssertTrue(drafts.contains { $0.title.hasSuffix("process note") })
        XCTAssertTrue(drafts.contains { $0.title.hasSuffix("record note") })
    }

    func testNoteTextNeverReachesTheStatusLineOrTheWarning() throws {
        var h = try openSession()
        try fillTheDisk()
        let secret = "Zebulon-unique-phrase "
        h.send(.terminal(.paste(String(repeating: secret, count: 3_000))))
        h.tick(seconds: 1)
        let warning = h.lines.filter { $0.contains("NOT SAVED") || $0.contains("Ctrl-Q") }.joined()
        XCTAssertTrue(warning.contains("NOT SAVED"), h.screen)
        XCTAssertFalse(warning.contains("Zebulon"), warning)
        XCTAssertFalse(h.lines[22].contains("Zebulon"), h.lines[22])
    }

    // MARK: - Other screens' drafts

    func testAnUnsavedFormulationIsOfferedAndWrittenToTheRecoveryFile() throws {
        fixture = try StoreFixture(demo: false)
        _ = try fixture.store.createClient(Client(code: "FX-002", name: "Fictional Client", intakeDate: AppHarness.now))
        var h = fixture.harness()
        h.key(.enter)
        h.key(.char("2"))
        h.key(.enter)
        h.key(.char("e"))
        try fillTheDisk()
        let typed = String(repeating: "Fears closeness as engulfment; ", count: 2_000)
        h.send(.terminal(.paste(typed)))
        h.tick(seconds: 10)
        XCTAssertTrue(h.lines[22].contains("NOT SAVED: the disk is full."), h.lines[22])
        h.key(.ctrl("q"))
        XCTAssertFalse(h.askedToQuit)
        XCTAssertTrue(h.screen.contains("FX-002 · formulation · Presenting problem"), h.screen)
        h.key(.char("w"))
        let drafts = try RecoveryFile.read(XCTUnwrap(recoveryFiles().first))
        XCTAssertEqual(drafts, [RecoveryDraft(title: "FX-002 · formulation · Presenting problem", text: typed)])
    }

    func testASessionUnderAnotherScreenStillHasItsTextRecovered() throws {
        var h = try openSession()
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        h.type("Typed before scoring an episode")
        h.tick(seconds: 1)
        h.key(.escape)
        h.key(.char("E"))
        guard case .component? = h.state.stack.last else { return XCTFail("E opened no episode screen: \(h.screen)") }
        h.send(.terminal(.interrupt(SIGTERM)))
        XCTAssertTrue(h.askedToQuit)
        let drafts = try RecoveryFile.read(XCTUnwrap(recoveryFiles().first))
        XCTAssertEqual(drafts.map(\.text), ["Typed before scoring an episode"])
    }

    func testTheNextStartNamesTheRecoveryFile() throws {
        var h = try openSession()
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        h.type("Left behind")
        h.tick(seconds: 1)
        h.send(.terminal(.interrupt(SIGTERM)))
        let files = recoveryFiles()
        let notice = try XCTUnwrap(CasebookApp.recoveryNotice(files, databaseURL: fixture.store.url))
        XCTAssertTrue(notice.contains(try XCTUnwrap(files.first).lastPathComponent + " beside the database"), notice)
        XCTAssertTrue(notice.contains("copy it back"), notice)
        XCTAssertNil(CasebookApp.recoveryNotice([], databaseURL: fixture.store.url))
    }

    func testCtrlCBehindThePrivacyScreenWritesTheFileWithoutShowingAnything() throws {
        var h = try openSession()
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        h.type("Behind the privacy screen")
        h.tick(seconds: 1)
        h.key(.ctrl("g"))
        h.send(.terminal(.interrupt(SIGINT)))
        XCTAssertTrue(h.askedToQuit)
        XCTAssertFalse(h.screen.contains("FX-001"), h.screen)
        let drafts = try RecoveryFile.read(XCTUnwrap(recoveryFiles().first))
        XCTAssertEqual(drafts.map(\.text), ["Behind the privacy screen"])
    }

    func testAFormulationThatCouldNotBeSavedIsSavedOnceThereIsRoom() throws {
        fixture = try StoreFixture(demo: false)
        let client = try fixture.store.createClient(Client(code: "FX-003", name: "Fictional Client", intakeDate: AppHarness.now))
        var h = fixture.harness()
        h.key(.enter)
        h.key(.char("2"))
        h.key(.enter)
        h.key(.char("e"))
        try fillTheDisk()
        let typed = String(repeating: "Turns anger against the self; ", count: 2_000)
        h.send(.terminal(.paste(typed)))
        h.tick(seconds: 30)
        XCTAssertTrue(h.lines[22].contains("NOT SAVED: the disk is full."), h.lines[22])
        XCTAssertNotEqual(try fixture.store.formulation(clientID: client.id!)?.presentingProblem, typed)
        try setMaxPages(nil)
        h.tick(seconds: 40)
        XCTAssertEqual(try fixture.store.formulation(clientID: client.id!)?.presentingProblem, typed)
        XCTAssertFalse(h.lines[22].contains("NOT SAVED"), h.lines[22])
    }

    func testTheWarningFitsTheSmallestTerminalAndTheCursorStaysInTheNote() throws {
        var h = try openSession()
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        h.type(String(repeating: "A line of the hour. ", count: 25))
        h.tick(seconds: 1)
        for (width, height) in [(60, 16), (200, 60), (61, 17), (80, 24)] {
            h.resize(width, height)
            let (lines, cursor, _) = h.render()
            XCTAssertTrue(lines[1].contains("NOT SAVED"), "\(width)x\(height): \(lines.joined(separator: "\n"))")
            let at = try XCTUnwrap(cursor, "\(width)x\(height): no cursor")
            XCTAssertGreaterThan(at.y, SessionScreen.faultRows(try XCTUnwrap(h.state.openSession), width: width),
                                 "\(width)x\(height): the cursor is under the warning")
            XCTAssertTrue(lines[at.y].contains("A line of the hour"), "\(width)x\(height): \(lines[at.y])")
        }
    }
}
