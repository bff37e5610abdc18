import CasebookCore
import Foundation
import XCTest

/// The real binary under tmux when the database is deleted mid-session: the warning shows, the
/// text is never written into a new empty file, quitting offers a recovery file holding it all,
/// and the next start says the file exists.
final class StoreFaultEndToEndTests: XCTestCase {
    private var folder: URL!
    private var tmux: TmuxDriver!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-e2e-fault-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        tmux = TmuxDriver()
    }

    override func tearDownWithError() throws {
        tmux.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    private var db: String { folder.appendingPathComponent("casebook.sqlite").path }

    private func environment() -> [String: String] {
        ["HOME": folder.path, "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
         "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
         "XDG_STATE_HOME": folder.appendingPathComponent("state").path]
    }

    func testDatabaseDeletedUnderTheRunningInterfaceKeepsTheTextAndRecoversIt() throws {
        try tmux.start(["--db", db], environment: environment())
        try tmux.waitFor("add your first client")
        try tmux.send("a")
        try tmux.waitFor("New client")
        try tmux.type("VD-001")
        try tmux.send("Tab")
        try tmux.type("Vera Dahl")
        try tmux.send("Enter")
        try tmux.waitFor("Added VD-001")
        try tmux.send("n")
        try tmux.waitFor("Session 1")
        try tmux.type("Saved before the file went. ")
        try tmux.waitFor("Saved ")

        for suffix in ["", "-wal", "-shm"] { unlink(db + suffix) }
        try tmux.type("Typed after it was deleted.")
        try tmux.waitFor("NOT SAVED: the database file was deleted or moved")
        XCTAssertFalse(FileManager.default.fileExists(atPath: db), "no empty database was made in its place")

        try tmux.send("C-q")
        try tmux.waitFor("write them to a recovery file")
        try tmux.send("w")
        try tmux.waitFor("recovery file only you can read")
        try tmux.send("x")
        try tmux.waitFor("unsaved text was written to")

        let files = RecoveryFile.existing(databaseURL: URL(fileURLWithPath: db))
        XCTAssertEqual(files.count, 1)
        let drafts = try RecoveryFile.read(XCTUnwrap(files.first))
        XCTAssertEqual(drafts.map(\.text), ["Saved before the file went. Typed after it was deleted."])
        XCTAssertFalse(FileManager.default.fileExists(atPath: db))
        tmux.stop()

        tmux = TmuxDriver()
        try tmux.start(["--db", db], width: 200, height: 24, environment: environment())
        try tmux.waitFor("Unsaved text from an earlier run is in")
    }
}
