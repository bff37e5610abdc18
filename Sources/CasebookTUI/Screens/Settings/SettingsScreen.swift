import CasebookCore
import Foundation
import TerminalKit

/// Edits `config.toml`: idle lock minutes, code-only mode, theme and the lock passphrase.
/// Nothing takes effect until saved; the shell then reads `lastSaved`.
public enum SettingsScreen {
    public static func open(file: SettingsFile?, store: CaseStore? = nil, now: Date,
                            themes: [String] = ThemeCatalog.standard().list().map(\.name)) -> SettingsState {
        let loaded = file?.load() ?? SettingsFile.Loaded(settings: Settings(), errors: [])
        return SettingsState(settings: loaded.settings, file: file, loadErrors: loaded.errors, themes: themes)
    }

    public static func update(_ state: inout SettingsState, _ input: SettingsInput) -> [SettingsEffect] {
        switch input {
        case .tick:
            return []
        case let .paste(text):
            let line = String(text.filter { !$0.isNewline })
            if var field = state.idleField {
                field.insert(String(line.filter(\.isNumber)))
                state.idleField = field
            } else if let step = state.passphraseStep, var field = step.field {
                field.insert(line)
                state.passphraseStep = step.with(field)
            }
            return []
        case let .key(event):
            if state.idleField != nil { return idleKey(event, &state) }
            if state.passphraseStep != nil { return passphraseKey(event, &state) }
            if state.themeChoice != nil { themeKey(event, &state); return [] }
            return browseKey(event, &state)
        case let .currentChecked(matches, purpose):
            // A result that arrives after the dialogue was cancelled changes nothing.
            guard state.passphraseStep == .working else { return [] }
            guard matches else {
                state.passphraseStep = nil
                state.message = "Wrong passphrase; nothing changed"
                return []
            }
            switch purpose {
            case .change:
                state.passphraseStep = .new(TextInputState())
                state.message = nil
            case .clear:
                state.passphraseStep = nil
                state.draft.passphraseHash = nil
                state.message = "Passphrase cleared — save to keep this"
            }
            return []
        case let .hashed(stored):
            guard state.passphraseStep == .working else { return [] }
            state.passphraseStep = nil
            state.draft.passphraseHash = stored
            state.message = "Passphrase set — save to keep it"
            return []
        case let .saved(settings):
            state.original = settings
            state.draft = settings
            state.loadErrors = []
            state.lastSaved = settings
            state.message = "Saved"
            state.confirmDiscard = false
            state.request = .status("Settings saved")
            return []
        case let .failed(message):
            state.passphraseStep = nil
            state.message = message
            return []
        }
    }

    private static func browseKey(_ event: KeyEvent, _ state: inout SettingsState) -> [SettingsEffect] {
        let rows = SettingsRow.allCases
        if event.modifiers.contains(.ctrl) {
            if event.key == .character("s") { return save(&state) }
            return []
        }
        if event.key != .escape && event.key != .character("q") { state.confirmDiscard = false }
        switch event.key {
        case .down, .character("j"), .tab: state.row = rows[min(rows.count - 1, state.row.rawValue + 1)]
        case .up, .character("k"), .backTab: state.row = rows[max(0, state.row.rawValue - 1)]
        case .character("g"), .home: state.row = rows[0]
        case .character("G"), .end: state.row = rows[rows.count - 1]
        case .character("s"): return save(&state)
        case .left, .character("h"), .character("-"):
            if state.row == .idleLock { adjustIdle(by: -1, &state) }
            if state.row == .codeOnly { state.draft.codeOnly.toggle() }
        case .right, .character("l"), .character("+"):
            if state.row == .idleLock { adjustIdle(by: 1, &state) }
            if state.row == .codeOnly { state.draft.codeOnly.toggle() }
        case .character("d"), .delete, .character("x"):
            if state.row == .passphrase { return startClear(&state) }
        case .enter, .character(" "):
            return activate(&state)
        case .escape, .character("q"):
            if state.hasUnsavedChanges && !state.confirmDiscard {
                state.confirmDiscard = true
                state.message = "Unsaved changes: s saves, Esc again discards them"
            } else {
                state.request = .close
            }
        default: break
        }
        return []
    }

    private static func activate(_ state: inout SettingsState) -> [SettingsEffect] {
        state.message = nil
        switch state.row {
        case .idleLock: state.idleField = TextInputState(text: String(state.draft.idleLockMinutes))
        case .codeOnly: state.draft.codeOnly.toggle()
        case .theme:
            let current = state.draft.theme ?? "default"
            state.themeChoice = state.themes.firstIndex(of: current) ?? 0
        case .passphrase:
            state.passphraseStep = state.draft.passphraseHash == nil
                ? .new(TextInputState()) : .current(TextInputState(), purpose: .change)
        case .save: return save(&state)
        }
        return []
    }

    private static func startClear(_ state: inout SettingsState) -> [SettingsEffect] {
        guard state.draft.passphraseHash != nil else {
            state.message = "No passphrase is set"
            return []
        }
        state.passphraseStep = .current(TextInputState(), purpose: .clear)
        return []
    }

    private static func save(_ state: inout SettingsState) -> [SettingsEffect] {
        state.message = "Saving…"
        return [.save(state.draft, to: state.file)]
    }

    private static func adjustIdle(by delta: Int, _ state: inout SettingsState) {
        let range = Settings.idleLockRange
        state.draft.idleLockMinutes = min(range.upperBound, max(range.lowerBound, state.draft.idleLockMinutes + delta))
    }

    private static func idleKey(_ event: KeyEvent, _ state: inout SettingsState) -> [SettingsEffect] {
        guard var field = state.idleField else { return [] }
        switch event.key {
        case .escape: state.idleField = nil; state.message = nil; return []
        case .enter:
            let range = Settings.idleLockRange
            guard let minutes = Int(field.text), range.contains(minutes) else {
                state.message = "Idle lock must be a whole number of minutes from \(range.lowerBound) (off) to \(range.upperBound)"
                return []
            }
            state.draft.idleLockMinutes = minutes
            state.idleField = nil
            state.message = nil
            return []
        case let .character(text) where !event.modifiers.contains(.ctrl):
            if text.allSatisfy(\.isNumber) { field.insert(text) }
        default: edit(&field, event)
        }
        state.idleField = field
        return []
    }

    private static func themeKey(_ event: KeyEvent, _ state: inout SettingsState) {
        guard let index = state.themeChoice else { return }
        switch event.key {
        case .down, .character("j"), .tab: state.themeChoice = min(state.themes.count - 1, index + 1)
        case .up, .character("k"), .backTab: state.themeChoice = max(0, index - 1)
        case .character("g"), .home: state.themeChoice = 0
        case .character("G"), .end: state.themeChoice = state.themes.count - 1
        case .enter, .character(" "):
            let name = state.themes[index]
            state.draft.theme = name == "default" ? nil : name
            state.themeChoice = nil
        case .escape, .character("q"): state.themeChoice = nil
        default: break
        }
    }

    private static func passphraseKey(_ event: KeyEvent, _ state: inout SettingsState) -> [SettingsEffect] {
        guard let step = state.passphraseStep else { return [] }
        if event.key == .escape {
            state.passphraseStep = nil
            state.message = "Passphrase unchanged"
            return []
        }
        guard var field = step.field else { return [] }
        guard event.key == .enter else {
            if case let .character(text) = event.key, !event.modifiers.contains(.ctrl) { field.insert(text) } else { edit(&field, event) }
            state.passphraseStep = step.with(field)
            return []
        }
        switch step {
        case let .current(_, purpose):
            guard let stored = state.draft.passphraseHash, !field.isEmpty else { return [] }
            state.passphraseStep = .working
            return [.verifyCurrent(candidate: field.text, stored: stored, purpose: purpose)]
        case .new:
            guard !field.isEmpty else {
                state.message = "The passphrase cannot be empty; Esc to cancel"
                return []
            }
            state.passphraseStep = .confirm(first: field.text, TextInputState())
            state.message = nil
        case let .confirm(first, _):
            guard field.text == first else {
                state.passphraseStep = .new(TextInputState())
                state.message = "The two passphrases differ; type the new one again"
                return []
            }
            state.passphraseStep = .working
            return [.hashNew(passphrase: first, iterations: state.iterations)]
        case .working: break
        }
        return []
    }

    private static func edit(_ field: inout TextInputState, _ event: KeyEvent) {
        if event.modifiers.contains(.ctrl) {
            switch event.key {
            case .character("u"): field = TextInputState()
            case .character("w"): field.deleteWordBackward()
            case .character("a"): field.moveHome()
            case .character("e"): field.moveEnd()
            default: break
            }
            return
        }
        switch event.key {
        case .backspace: field.deleteBackward()
        case .delete: field.deleteForward()
        case .left: field.moveLeft()
        case .right: field.moveRight()
        case .home: field.moveHome()
        case .end: field.moveEnd()
        default: break
        }
    }

    public static func run(_ effect: SettingsEffect, store: CaseStore? = nil, now: Date) -> [SettingsInput] {
        switch effect {
        case let .verifyCurrent(candidate, stored, purpose):
            do {
                return [.currentChecked(matches: try Passphrase.verify(candidate, against: stored), purpose: purpose)]
            } catch {
                return [.failed("\(error)")]
            }
        case let .hashNew(passphrase, iterations):
            return [.hashed(stored: Passphrase.make(passphrase, iterations: iterations).stored)]
        case let .save(settings, file):
            guard let file else {
                return [.failed("Cannot save: set HOME or XDG_CONFIG_HOME so Casebook knows where settings live")]
            }
            do {
                try file.save(settings)
                return [.saved(settings)]
            } catch {
                return [.failed("\(error)")]
            }
        }
    }

    public static func keyHints(_ state: SettingsState) -> [ScreenKeyHint] {
        if state.idleField != nil { return [ScreenKeyHint("Enter", "set"), ScreenKeyHint("Esc", "cancel")] }
        if state.passphraseStep != nil { return [ScreenKeyHint("Enter", "next"), ScreenKeyHint("Esc", "cancel")] }
        if state.themeChoice != nil { return [ScreenKeyHint("j/k", "move"), ScreenKeyHint("Enter", "choose"), ScreenKeyHint("Esc", "cancel")] }
        var hints = [ScreenKeyHint("j/k", "move"), ScreenKeyHint("Enter", "change")]
        if state.row == .idleLock { hints.append(ScreenKeyHint("h/l", "−/+ 1 min")) }
        if state.row == .passphrase && state.draft.passphraseHash != nil { hints.append(ScreenKeyHint("d", "clear passphrase")) }
        hints += [ScreenKeyHint("s", "save"), ScreenKeyHint("Esc", "back")]
        return hints
    }

    public static func isEditingText(_ state: SettingsState) -> Bool {
        state.idleField != nil || state.passphraseStep != nil
    }

    public static var actions: [ScreenKeyHint] {
        [ScreenKeyHint("s", "Save settings"), ScreenKeyHint("Enter", "Change setting"), ScreenKeyHint("d", "Clear passphrase")]
    }
}
