import CasebookCore
import Foundation
import TerminalKit

/// The idle (or on-demand) lock. With no passphrase any key unlocks; with one, typed characters
/// are masked, Enter checks them, and repeated failures slow further attempts down.
public enum LockScreen {
    public static func open(settings: Settings, store: CaseStore? = nil, now: Date, timeZone: TimeZone = .current) -> LockState {
        LockState(passphraseHash: settings.passphraseHash, now: now, timeZone: timeZone)
    }

    public static func update(_ state: inout LockState, _ input: LockInput) -> [LockEffect] {
        switch input {
        case let .tick(now):
            state.now = max(state.now, now)
            if state.secondsToWait == 0, state.waitUntil != nil {
                state.waitUntil = nil
                if state.message?.hasPrefix("Wait") == true { state.message = nil }
            }
            return []
        case let .key(event):
            guard state.passphraseHash != nil else { state.request = .close; return [] }
            return handleKey(event, &state)
        case let .paste(text):
            guard state.passphraseHash != nil else { state.request = .close; return [] }
            state.field.insert(String(text.filter { !$0.isNewline }))
            return []
        case let .checked(matches, at):
            state.isVerifying = false
            state.now = max(state.now, at)
            if matches {
                state.failures = 0
                state.message = nil
                state.request = .close
            } else {
                state.failures += 1
                let wait = state.failures >= LockState.failuresBeforeLongWait ? LockState.longWait : LockState.shortWait
                state.waitUntil = state.now.addingTimeInterval(wait)
                state.message = "Wrong passphrase"
            }
            return []
        case let .failed(message):
            state.isVerifying = false
            state.message = message
            return []
        }
    }

    private static func handleKey(_ event: KeyEvent, _ state: inout LockState) -> [LockEffect] {
        if event.modifiers.contains(.ctrl) {
            switch event.key {
            case .character("u"): state.field = TextInputState()
            case .character("w"): state.field.deleteWordBackward()
            default: break
            }
            return []
        }
        switch event.key {
        case let .character(text): state.field.insert(text)
        case .backspace: state.field.deleteBackward()
        case .delete: state.field.deleteForward()
        case .left: state.field.moveLeft()
        case .right: state.field.moveRight()
        case .home: state.field.moveHome()
        case .end: state.field.moveEnd()
        case .escape: state.field = TextInputState()
        case .enter:
            guard !state.isVerifying, !state.field.isEmpty, let stored = state.passphraseHash else { return [] }
            if state.secondsToWait > 0 {
                state.message = "Wait \(state.secondsToWait) s"
                return []
            }
            let candidate = state.field.text
            state.field = TextInputState()
            state.isVerifying = true
            state.message = nil
            return [.verify(candidate: candidate, stored: stored)]
        default: break
        }
        return []
    }

    public static func run(_ effect: LockEffect, store: CaseStore? = nil, now: Date) -> [LockInput] {
        switch effect {
        case let .verify(candidate, stored):
            do {
                return [.checked(matches: try Passphrase.verify(candidate, against: stored), at: now)]
            } catch {
                return [.failed("\(error)")]
            }
        }
    }

    public static func keyHints(_ state: LockState) -> [ScreenKeyHint] {
        state.passphraseHash == nil ? [ScreenKeyHint("any key", "unlock")] : [ScreenKeyHint("Enter", "unlock")]
    }

    public static func isEditingText(_ state: LockState) -> Bool { state.passphraseHash != nil }

    public static var actions: [ScreenKeyHint] { [ScreenKeyHint("Enter", "Unlock")] }
}
