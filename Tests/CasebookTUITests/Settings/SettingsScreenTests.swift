import CasebookCore
import Foundation
import TerminalKit
import XCTest
@testable import CasebookTUI

final class SettingsScreenTests: XCTestCase {
    private var folder = ""
    private let now = Date(timeIntervalSince1970: 1_800_000_000)
    private let themes = ["default", "high-contrast", "light", "monochrome"]

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "casebook-settings-screen-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    private var file: SettingsFile { SettingsFile(path: folder + "/casebook/config.toml") }

    private func opened() -> SettingsState {
        var state = SettingsScreen.open(file: file, now: now, themes: themes)
        state.iterations = 10
        return state
    }

    /// Feeds inputs and runs every effect straight away, as the shell does.
    private func send(_ inputs: [SettingsInput], to state: inout SettingsState) {
        var queue = inputs
        while !queue.isEmpty {
            let input = queue.removeFirst()
            // Results come back before the next key, as when the user waits for each step.
            var results: [SettingsInput] = []
            for effect in SettingsScreen.update(&state, input) { results += SettingsScreen.run(effect, now: now) }
            queue.insert(contentsOf: results, at: 0)
        }
    }

    private func keys(_ names: String) -> [SettingsInput] { names.map { .key(.char(String($0))) } }
    private let enter = SettingsInput.key(KeyEvent(.enter))
    private let escape = SettingsInput.key(KeyEvent(.escape))

    private func lines(_ state: SettingsState, _ width: Int, _ height: Int) -> [String] {
        var buffer = Buffer(size: Size(width: width, height: height))
        _ = SettingsScreen.render(state, in: buffer.area, buffer: &buffer, theme: .builtinDefault, codeOnly: false)
        return buffer.lines
    }

    func testIdleMinutesAreValidatedBeforeTheyAreAccepted() {
        var state = opened()
        send([enter, .key(.ctrl("u"))] + keys("300") + [enter], to: &state)
        XCTAssertEqual(state.draft.idleLockMinutes, 10)
        XCTAssertTrue(state.message?.contains("0 (off) to 240") ?? false, state.message ?? "")
        XCTAssertTrue(SettingsScreen.isEditingText(state))
        send([.key(.ctrl("u"))] + keys("25") + [enter], to: &state)
        XCTAssertEqual(state.draft.idleLockMinutes, 25)
        XCTAssertFalse(SettingsScreen.isEditingText(state))
    }

    func testLettersAreNotAcceptedAsMinutes() {
        var state = opened()
        send([enter, .key(.ctrl("u"))] + keys("4x2") + [enter], to: &state)
        XCTAssertEqual(state.draft.idleLockMinutes, 42)
    }

    func testSaveWritesTheFileAndReportsTheSettingsToTheShell() {
        var state = opened()
        send(keys("j") + [enter] + keys("s"), to: &state)
        XCTAssertEqual(state.request, .status("Settings saved"))
        XCTAssertEqual(state.lastSaved?.codeOnly, true)
        XCTAssertEqual(file.load().settings.codeOnly, true)
        XCTAssertFalse(state.hasUnsavedChanges)
    }

    func testNothingIsWrittenUntilSaved() {
        var state = opened()
        send(keys("j") + [enter], to: &state)
        XCTAssertTrue(state.draft.codeOnly)
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path))
        XCTAssertNil(state.lastSaved)
    }

    func testThemePickerOffersTheCatalogAndSetsTheChoice() {
        var state = opened()
        send(keys("jj") + [enter], to: &state)
        XCTAssertNotNil(state.themeChoice)
        XCTAssertTrue(lines(state, 80, 24).contains { $0.contains("monochrome") })
        send(keys("jj") + [enter], to: &state)
        XCTAssertEqual(state.draft.theme, "light")
    }

    func testSettingAPassphraseNeedsItTwiceAndStoresOnlyAHash() throws {
        var state = opened()
        send(keys("jjj") + [enter] + keys("harbour") + [enter] + keys("harbor") + [enter], to: &state)
        XCTAssertNil(state.draft.passphraseHash)
        XCTAssertTrue(state.message?.contains("differ") ?? false)
        send(keys("harbour") + [enter] + keys("harbour") + [enter] + keys("s"), to: &state)
        let stored = try XCTUnwrap(file.load().settings.passphraseHash)
        XCTAssertTrue(try Passphrase.verify("harbour", against: stored))
        XCTAssertFalse(try String(contentsOfFile: file.path, encoding: .utf8).contains("harbour"))
    }

    func testChangingOrClearingRequiresTheCurrentPassphrase() throws {
        let stored = Passphrase.make("old one", iterations: 10).stored
        try file.save(Settings(passphraseHash: stored))
        var state = opened()
        send(keys("jjj") + [.key(.char("d"))] + keys("wrong") + [enter], to: &state)
        XCTAssertEqual(state.draft.passphraseHash, stored)
        XCTAssertEqual(state.message, "Wrong passphrase; nothing changed")
        send([.key(.char("d"))] + keys("old one") + [enter], to: &state)
        XCTAssertNil(state.draft.passphraseHash)
        send([enter] + keys("new") + [enter] + keys("new") + [enter], to: &state)
        let changed = try XCTUnwrap(state.draft.passphraseHash)
        XCTAssertTrue(try Passphrase.verify("new", against: changed))
    }

    func testPassphraseEntryIsMaskedOnScreen() {
        var state = opened()
        send(keys("jjj") + [enter] + keys("harbour"), to: &state)
        let shown = lines(state, 80, 24)
        XCTAssertFalse(shown.joined().contains("harbour"))
        XCTAssertTrue(shown.contains { $0.contains("New passphrase: •••••••") }, shown.joined(separator: "\n"))
    }

    func testEscapeWithUnsavedChangesAsksOnceThenDiscards() {
        var state = opened()
        send(keys("j") + [enter, escape], to: &state)
        XCTAssertNil(state.request)
        XCTAssertTrue(state.message?.contains("Unsaved changes") ?? false)
        send([escape], to: &state)
        XCTAssertEqual(state.request, .close)
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path))
    }

    func testBrokenFileIsShownAndOnlyReplacedOnSave() throws {
        try FileManager.default.createDirectory(atPath: folder + "/casebook", withIntermediateDirectories: true)
        try "idle_lock_minutes = = 3\n".write(toFile: file.path, atomically: false, encoding: .utf8)
        var state = opened()
        XCTAssertTrue(lines(state, 120, 40).contains { $0.contains("config.toml:1") && $0.contains("TOML syntax error") })
        XCTAssertEqual(try String(contentsOfFile: file.path, encoding: .utf8), "idle_lock_minutes = = 3\n")
        send(keys("s"), to: &state)
        XCTAssertEqual(file.load().errors, [])
        XCTAssertFalse(lines(state, 120, 40).contains { $0.contains("TOML syntax error") })
    }

    func testScreenShowsEveryRowAt80x24And120x40() {
        for (width, height) in [(80, 24), (120, 40), (60, 16)] {
            let shown = lines(opened(), width, height).joined(separator: "\n")
            for expected in ["Settings", "Idle lock", "after 10 minutes", "Code-only mode", "off", "Theme", "default",
                             "Lock passphrase", "not set", "[ Save ]"] {
                XCTAssertTrue(shown.contains(expected), "\(width)×\(height) lacks \(expected):\n\(shown)")
            }
        }
    }

    func testFileProblemsAreWrappedNotCutAtNarrowWidths() {
        let error = SettingsError(file: "/home/clinician/.config/casebook/config.toml", line: 2, key: "code_only",
                                  problem: "must be true or false, found \"yes\"; using the default")
        let state = SettingsState(settings: Settings(), file: nil, loadErrors: [error], themes: themes)
        let shown = lines(state, 60, 16).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        XCTAssertTrue(shown.contains("using the default"), shown)
        XCTAssertTrue(shown.contains("[ Save ]"), shown)
    }

    func testCancellingWhileThePassphraseIsHashedKeepsTheOldOne() {
        var state = opened()
        _ = SettingsScreen.update(&state, .key(.char("j")))
        _ = SettingsScreen.update(&state, .key(.char("j")))
        _ = SettingsScreen.update(&state, .key(.char("j")))
        send([enter] + keys("abc") + [enter] + keys("abc"), to: &state)
        let effects = SettingsScreen.update(&state, enter)
        XCTAssertEqual(effects, [.hashNew(passphrase: "abc", iterations: 10)])
        send([escape], to: &state)
        for effect in effects { send(SettingsScreen.run(effect, now: now), to: &state) }
        XCTAssertNil(state.draft.passphraseHash)
    }
}
