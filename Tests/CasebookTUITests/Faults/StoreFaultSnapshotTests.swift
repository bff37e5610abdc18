import CasebookCore
import Foundation
import GRDB
import TerminalKit
import XCTest

@testable import CasebookTUI

/// How the NOT SAVED warning and the quit box look, kept as golden screens so a change to
/// them is seen in review.
final class StoreFaultSnapshotTests: XCTestCase {
    private var fixture: StoreFixture!

    override func tearDown() {
        fixture = nil
    }

    private func readOnlySession() throws -> AppHarness {
        fixture = try StoreFixture(demo: false)
        _ = try fixture.store.createClient(Client(code: "FX-001", name: "Fictional Client", intakeDate: AppHarness.now))
        var h = fixture.harness()
        h.key(.char("n"))
        try fixture.store.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 1") }
        h.type("She arrived late and said nothing for a while.")
        h.tick(seconds: 1)
        return h
    }

    func testNotSavedWarningAt80x24() throws {
        let h = try readOnlySession()
        Snapshot.assert(h.lines, named: "session-not-saved-80x24")
    }

    func testQuitBoxWithUnsavedTextAt80x24() throws {
        var h = try readOnlySession()
        h.key(.ctrl("q"))
        Snapshot.assert(h.lines, named: "quit-unsaved-80x24")
    }
}
