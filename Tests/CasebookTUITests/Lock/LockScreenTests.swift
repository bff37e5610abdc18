import CasebookCore
import Foundation
import TerminalKit
import XCTest
@testable import CasebookTUI

final class LockScreenTests: XCTestCase {
    private let start = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15 08:00 UTC
    private let utc = TimeZone(identifier: "UTC")!
    private static let stored = Passphrase.make("quiet harbour", iterations: 20).stored

    private func locked(passphrase: Bool) -> LockState {
        LockScreen.open(settings: Settings(passphraseHash: passphrase ? Self.stored : nil), now: start, timeZone: utc)
    }

    /// Feeds inputs, running every effect at once as the shell would, with the clock at `now`.
    private func send(_ inputs: [LockInput], to state: inout LockState, now: Date? = nil) {
        var queue = inputs
        while !queue.isEmpty {
            let input = queue.removeFirst()
            var results: [LockInput] = []
            for effect in LockScreen.update(&state, input) { results += LockScreen.run(effect, now: now ?? state.now) }
            queue.insert(contentsOf: results, at: 0)
        }
    }

    private func type(_ text: String) -> [LockInput] { text.map { .key(.char(String($0))) } }

    private func lines(_ state: LockState, width: Int, height: Int) -> [String] {
        var buffer = Buffer(size: Size(width: width, height: height))
        _ = LockScreen.render(state, in: buffer.area, buffer: &buffer, theme: .builtinDefault, codeOnly: false)
        return buffer.lines
    }

    func testIdleTimerLocksOnlyAfterTheConfiguredQuietTime() {
        var timer = IdleTimer(now: start)
        let tenMinutes = Settings(idleLockMinutes: 10)
        XCTAssertFalse(timer.shouldLock(start.addingTimeInterval(599), settings: tenMinutes))
        XCTAssertTrue(timer.shouldLock(start.addingTimeInterval(600), settings: tenMinutes))
        timer.noteActivity(start.addingTimeInterval(500))
        XCTAssertFalse(timer.shouldLock(start.addingTimeInterval(900), settings: tenMinutes))
        XCTAssertTrue(timer.shouldLock(start.addingTimeInterval(1100), settings: tenMinutes))
    }

    func testIdleLockSetToZeroNeverLocks() {
        let timer = IdleTimer(now: start)
        XCTAssertFalse(timer.shouldLock(start.addingTimeInterval(86_400 * 30), settings: Settings(idleLockMinutes: 0)))
    }

    func testWithoutPassphraseAnyKeyUnlocks() {
        for input: LockInput in [.key(.char("x")), .key(KeyEvent(.escape)), .key(KeyEvent(.function(5))), .paste("hello")] {
            var state = locked(passphrase: false)
            send([input], to: &state)
            XCTAssertEqual(state.request, .close, "\(input)")
        }
    }

    func testTicksAloneNeverUnlock() {
        var state = locked(passphrase: false)
        send([.tick(start.addingTimeInterval(60))], to: &state)
        XCTAssertNil(state.request)
    }

    func testRightPassphraseUnlocksThroughAnEffect() {
        var state = locked(passphrase: true)
        send(type("quiet harbour"), to: &state)
        XCTAssertNil(state.request)
        let effects = LockScreen.update(&state, .key(KeyEvent(.enter)))
        XCTAssertEqual(effects, [.verify(candidate: "quiet harbour", stored: Self.stored)], "the KDF must run as an effect")
        XCTAssertTrue(state.field.isEmpty, "the typed passphrase must not linger in the state")
        for effect in effects { send(LockScreen.run(effect, now: start), to: &state) }
        XCTAssertEqual(state.request, .close)
    }

    func testWrongPassphraseStaysLockedAndSaysSo() {
        var state = locked(passphrase: true)
        send(type("quiet harbor") + [.key(KeyEvent(.enter))], to: &state)
        XCTAssertNil(state.request)
        XCTAssertEqual(state.message, "Wrong passphrase")
        XCTAssertTrue(lines(state, width: 80, height: 24).contains { $0.contains("Wrong passphrase") })
    }

    func testAttemptsDuringTheWaitAreNotCheckedAndFiveFailuresWaitThirtySeconds() {
        var state = locked(passphrase: true)
        for attempt in 1...5 {
            send(type("nope") + [.key(KeyEvent(.enter))], to: &state)
            XCTAssertEqual(state.failures, attempt)
            // Let the short pause pass before the next try.
            if attempt < 5 { send([.tick(state.now.addingTimeInterval(LockState.shortWait))], to: &state) }
        }
        XCTAssertEqual(state.secondsToWait, 30)
        send(type("quiet harbour"), to: &state)
        XCTAssertEqual(LockScreen.update(&state, .key(KeyEvent(.enter))), [], "no check while waiting")
        XCTAssertEqual(state.message, "Wait 30 s")
        send([.tick(state.now.addingTimeInterval(20))], to: &state)
        XCTAssertEqual(state.secondsToWait, 10)
        send([.tick(state.now.addingTimeInterval(10)), .key(KeyEvent(.enter))], to: &state)
        XCTAssertEqual(state.request, .close, "the text typed during the wait is checked once the wait is over")
    }

    func testPasteGoesIntoTheFieldAndUnlocks() {
        var state = locked(passphrase: true)
        send([.paste("quiet harbour\n")], to: &state)
        XCTAssertNil(state.request)
        send([.key(KeyEvent(.enter))], to: &state)
        XCTAssertEqual(state.request, .close)
    }

    func testTypedCharactersAreMasked() {
        var state = locked(passphrase: true)
        send(type("secret"), to: &state)
        let shown = lines(state, width: 80, height: 24)
        XCTAssertFalse(shown.joined().contains("secret"))
        XCTAssertTrue(shown.contains { $0.contains("passphrase: ••••••") }, shown.joined(separator: "\n"))
        XCTAssertTrue(LockScreen.isEditingText(state), "q and : must reach the field")
    }

    func testLockScreenShowsOnlyTitleClockAndPromptAtBothSizes() {
        for (width, height) in [(80, 24), (120, 40), (60, 16)] {
            let plain = lines(locked(passphrase: false), width: width, height: height)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            XCTAssertEqual(plain, ["Casebook — locked", "08:00", "press any key"], "\(width)×\(height)")
            var state = locked(passphrase: true)
            send(type("ab"), to: &state)
            let withPrompt = lines(state, width: width, height: height)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            XCTAssertEqual(withPrompt, ["Casebook — locked", "08:00", "passphrase: ••"], "\(width)×\(height)")
        }
    }

    func testMalformedStoredHashIsReportedAndStaysLocked() {
        var state = LockScreen.open(settings: Settings(passphraseHash: "pbkdf2-sha256$x"), now: start, timeZone: utc)
        send(type("anything") + [.key(KeyEvent(.enter))], to: &state)
        XCTAssertNil(state.request)
        XCTAssertTrue(state.message?.contains("malformed") ?? false, state.message ?? "")
    }

    func testLockCoversWhateverWasOnScreenBefore() {
        for (width, height) in [(80, 24), (120, 40)] {
            var buffer = Buffer(size: Size(width: width, height: height))
            for y in 0..<height { _ = buffer.setString(x: 0, y: y, String(repeating: "Mara Alder C-0142 dreamt of water ", count: 4)) }
            var state = locked(passphrase: true)
            send(type("x"), to: &state)
            _ = LockScreen.render(state, in: buffer.area, buffer: &buffer, theme: .builtinDefault, codeOnly: false)
            let screen = buffer.lines.joined(separator: "\n")
            for fragment in ["Mara", "Alder", "C-0142", "water"] {
                XCTAssertFalse(screen.contains(fragment), "\(fragment) still visible at \(width)×\(height)")
            }
        }
    }
}
