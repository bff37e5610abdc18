import CasebookCore
import Foundation
import TerminalKit
import XCTest
@testable import CasebookTUI

final class IdleLockFlowTests: XCTestCase {
    func testIdleTimeLocksTheScreenHidingEveryNameAndAKeyUnlocks() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        h.state.settings.idleLockMinutes = 1
        XCTAssertTrue(h.screen.contains(StoreFixture.demo.clients[0].code))
        h.tick(seconds: 50)
        XCTAssertFalse(h.state.isLocked, "locked before the idle time")
        h.key(.char("j"))
        h.tick(seconds: 50)
        XCTAssertFalse(h.state.isLocked, "a key did not count as activity")
        h.tick(seconds: 15)
        XCTAssertTrue(h.state.isLocked, h.screen)
        let locked = h.screen
        XCTAssertTrue(locked.contains("locked"), locked)
        for client in StoreFixture.demo.clients {
            XCTAssertFalse(locked.contains(client.code), "the lock screen shows \(client.code)")
            XCTAssertFalse(locked.contains(client.name), "the lock screen shows a client's name")
        }
        h.key(.char("x"))
        XCTAssertFalse(h.state.isLocked)
        XCTAssertTrue(h.screen.contains(StoreFixture.demo.clients[0].code))
    }

    func testALockedScreenIgnoresPaletteHelpAndPrivacyKeys() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        h.state.settings.passphraseHash = Passphrase.make("river stone", iterations: 1_000).stored
        h.key(.ctrl("p"))
        XCTAssertNotNil(h.state.overlay, "the palette opens while unlocked")
        h.key(.escape)
        _ = AppUpdate.perform(.lock, &h.state)
        XCTAssertTrue(h.state.isLocked)
        for key in [KeyEvent.ctrl("p"), KeyEvent(.function(12)), KeyEvent(.function(1)), KeyEvent.char("/")] {
            h.key(key)
            XCTAssertTrue(h.state.isLocked)
            XCTAssertNil(h.state.overlay)
            XCTAssertFalse(h.state.privacy)
        }
    }
}

final class SettingsHostingTests: XCTestCase {
    func testSavingSettingsAppliesCodeOnlyAndTheIdleTimeAtOnce() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cb-settings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SettingsFile(path: folder.appendingPathComponent("config.toml").path)
        let screen = Hosted<SettingsScreen>(state: SettingsScreen.open(file: file, now: h.state.now, themes: ["default"]))
        _ = AppUpdate.pushComponent(&h.state, screen)
        h.key(.char("j"))
        h.key(.char(" "))
        h.key(.char("s"))
        h.send(.tick(h.state.now))
        XCTAssertTrue(h.state.codeOnly, "code-only saved in Settings did not apply: \(h.screen)")
        XCTAssertTrue(h.state.settings.codeOnly)
        XCTAssertTrue(try String(contentsOfFile: file.path, encoding: .utf8).contains("code_only"))
    }
}
