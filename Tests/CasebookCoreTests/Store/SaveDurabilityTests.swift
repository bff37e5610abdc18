import Foundation
import GRDB
import XCTest
@testable import CasebookCore

/// Autosaves commit without waiting for the disk, and reach it at a pause, a close, the next
/// ordinary write, or once the oldest waiting one is five seconds old.
final class SaveDurabilityTests: XCTestCase {
    private func synchronousSetting(_ store: CaseStore) throws -> Int {
        try store.database.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }

    /// (frames in the WAL, frames already copied into the database), asked without copying more.
    private func walState(_ store: CaseStore) throws -> (log: Int, checkpointed: Int) {
        try store.database.writeWithoutTransaction { db in
            let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(NOOP)")
            return (row?[1] ?? -1, row?[2] ?? -1)
        }
    }

    func testAnAutosaveIsVisibleAtOnceButWaitsForThePauseToReachTheDisk() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        XCTAssertFalse(store.hasSavesNotOnDisk)
        try store.saveNote(sessionID: session.id!, layer: .process, text: "She spoke of the harbour.", visit: EditingVisit())
        XCTAssertTrue(store.hasSavesNotOnDisk)
        // Committed: another process reading the file sees it now.
        let other = try CaseStore(url: store.url, parse: { FakeInlineParser.parse($0) })
        XCTAssertEqual(try other.session(id: session.id!)?.processNote, "She spoke of the harbour.")
        try other.close()

        try store.makeSavesDurable()
        XCTAssertFalse(store.hasSavesNotOnDisk)
        let wal = try walState(store)
        XCTAssertGreaterThan(wal.log, 0)
        XCTAssertEqual(wal.checkpointed, wal.log, "the pause copies the whole WAL into the database, after syncing it")
    }

    func testOrdinaryWritesStillWaitForTheDiskAfterAnAutosave() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        XCTAssertEqual(try synchronousSetting(store), 2, "FULL")
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Late again.", visit: EditingVisit())
        XCTAssertEqual(try synchronousSetting(store), 2, "the autosave's NORMAL ends with its transaction")
        // A FULL commit flushes the whole WAL, the autosave's frames included.
        _ = try makeClient(store, code: "BK-002", name: "Ben Krause")
        XCTAssertFalse(store.hasSavesNotOnDisk)
    }

    func testAnAutosaveLeavesOrdinaryWritesCheckpointingAsBefore() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Late again.", visit: EditingVisit())
        XCTAssertTrue(store.hasSavesNotOnDisk, "a deferred autosave")
        let pages = try store.database.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") }
        XCTAssertEqual(pages, 1000, "the autosave's own setting ends with its transaction")
    }

    func testMinutesOfTypingInALongNoteWithoutAPauseStillCopyTheWALIntoTheDatabase() throws {
        let folder = try TemporaryFolder()
        let clock = TestClock()
        let store = try makeStore(in: folder, clock: clock)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        let visit = EditingVisit()
        var text = String(repeating: "She spoke of the harbour and of the timetable again. ", count: 1_000)
        // An autosave every second for two minutes: each writes the 50 KB note again, some
        // thirteen pages; deferred saves leave the WAL alone, the one that waits for the disk
        // every five seconds copies it once it has grown past SQLite's thousand pages.
        for second in 0..<120 {
            text += " word \(second)"
            try store.saveNote(sessionID: session.id!, layer: .process, text: text, visit: visit)
            clock.advance(minutes: 1.0 / 60)
        }
        let wal = try walState(store)
        XCTAssertGreaterThan(wal.checkpointed, 0, "copied into the database with no pause in typing")
        XCTAssertLessThan(wal.log, 2_000, "the WAL starts over instead of growing with every save")
    }

    func testContinuousTypingReachesTheDiskAtLeastEveryFiveSeconds() throws {
        let folder = try TemporaryFolder()
        let clock = TestClock()
        let store = try makeStore(in: folder, clock: clock)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        let visit = EditingVisit()
        var text = "The"
        var onDisk: [Bool] = []
        // An autosave every second, no pause.
        for word in [" client", " said", " she", " had", " missed", " the", " bus"] {
            text += word
            try store.saveNote(sessionID: session.id!, layer: .process, text: text, visit: visit)
            onDisk.append(!store.hasSavesNotOnDisk)
            clock.advance(minutes: 1.0 / 60)
        }
        // Saves at 0…4 s wait; the one at 5 s commits with FULL, flushing them all; then again.
        XCTAssertEqual(onDisk, [false, false, false, false, false, true, false])
    }

    func testClosingTheStoreFlushesWaitingAutosaves() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Dreamt of a locked door.", visit: EditingVisit())
        XCTAssertTrue(store.hasSavesNotOnDisk)
        try store.close()
        XCTAssertFalse(store.hasSavesNotOnDisk)
        let reopened = try CaseStore(url: store.url, parse: { FakeInlineParser.parse($0) })
        XCTAssertEqual(try reopened.session(id: session.id!)?.processNote, "Dreamt of a locked door.")
    }

    func testMakingSavesDurableWithNothingWaitingWritesNothing() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        _ = try makeClient(store)
        let before = try walState(store)
        try store.makeSavesDurable()
        XCTAssertEqual(try walState(store).checkpointed, before.checkpointed)
    }
}
