import CasebookCore
import Foundation
import TerminalKit

/// The Formulation tab of a client: six fields edited in place, saved on leaving a field and
/// within a second of any keystroke, with each field's earlier wordings a key away.
public enum FormulationScreen {
    /// How long text may stay unsaved, counted from the first tick that saw it. Keystrokes do
    /// not postpone it: ticks come at least every 250 ms, so even during continuous typing each
    /// key reaches the store within a second (SPEC §9: `kill -9` loses at most the last second).
    public static let autosaveDelay: TimeInterval = 0.5

    public static func open(clientID: Int64, store: CaseStore, now: Date) throws -> FormulationState {
        guard let client = try store.client(id: clientID) else { throw StoreError.clientNotFound("#\(clientID)") }
        var state = FormulationState(clientID: clientID, stored: try store.formulation(clientID: clientID))
        state.clientCode = client.code
        return state
    }

    public static func update(_ state: inout FormulationState, _ input: FormulationInput) -> [FormulationEffect] {
        switch input {
        case .key(let event):
            if state.history != nil { return historyKey(&state, event) }
            if state.editor != nil { return editingKey(&state, event) }
            return browsingKey(&state, event)
        case .paste(let text):
            guard var editor = state.editor else { return [] }
            editor.insert(text)
            state.editor = editor
            return []
        case .tick(let now):
            return autosave(&state, now: now)
        case .resized(let size):
            state.areaSize = size
            if var editor = state.editor {
                wrap(&editor, areaSize: size)
                state.editor = editor
            }
            return []
        case .saved(let saved):
            state.stored = saved
            if state.formulation.hasSameText(as: saved) { state.formulation.updatedAt = saved.updatedAt }
            state.lastSavedAt = saved.updatedAt
            state.saveError = nil
            state.autosave.saved()
            return []
        case .history(let field, let revisions):
            state.history = FormulationHistory(field: field, revisions: revisions, current: field.text(of: state.draft))
            return []
        case .failed(let message):
            state.saveError = message
            state.autosave.failed()
            state.request = .status("Formulation not saved: \(message). The text stays on screen and is retried.")
            return []
        }
    }

    static func browsingKey(_ state: inout FormulationState, _ event: KeyEvent) -> [FormulationEffect] {
        if let move = CaseworkListKeys.move(for: event, pendingG: &state.pendingG) {
            let index = CaseworkListKeys.apply(move, to: state.selectedField.rawValue, count: FormulationField.allCases.count) ?? 0
            state.selectedField = FormulationField(rawValue: index) ?? .presentingProblem
            return []
        }
        if CaseworkListKeys.isClose(event) {
            state.request = .close
            return state.hasUnsavedChanges ? [.save(state.draft)] : []
        }
        switch event.key {
        case .character("e") where event.modifiers.isEmpty, .enter:
            var editor = TextEditorState(text: state.selectedField.text(of: state.formulation))
            editor.moveToDocumentEnd()
            if let size = state.areaSize { wrap(&editor, areaSize: size) }
            state.editor = editor
            state.autosave.restart()
        case .character("H") where event.modifiers.isEmpty || event.modifiers == .shift:
            return [.loadHistory(clientID: state.clientID, field: state.selectedField)]
        default:
            break
        }
        return []
    }

    /// Lays the editor out at the width it is drawn with (the area less the gutter), so vertical
    /// moves follow screen rows; render draws a copy, so the state learns the width here.
    static func wrap(_ editor: inout TextEditorState, areaSize: Size) {
        let width = areaSize.width - editorInset
        guard width > 0 else { return }
        let rows = WordWrap.lines(of: editor.text, width: width).count + 1
        var scratch = Buffer(size: Size(width: width, height: rows))
        TextEditorView().render(&editor, in: Rect(x: 0, y: 0, width: width, height: rows), buffer: &scratch)
    }

    /// Columns left of a field's text: indent and gutter.
    static let editorInset = 4

    static func editingKey(_ state: inout FormulationState, _ event: KeyEvent) -> [FormulationEffect] {
        if event.key == .escape || (event.key == .character("s") && event.modifiers == .ctrl) {
            state.formulation = state.draft
            state.editor = nil
            state.autosave.restart()
            return state.hasUnsavedChanges ? [.save(state.formulation)] : []
        }
        guard var editor = state.editor else { return [] }
        if CaseworkEditorKeys.apply(event, to: &editor) {
            state.editor = editor
        }
        return []
    }

    static func autosave(_ state: inout FormulationState, now: Date) -> [FormulationEffect] {
        guard state.autosave.isDue(unsaved: state.hasUnsavedChanges, now: now, delay: autosaveDelay) else { return [] }
        state.formulation = state.draft
        return [.save(state.formulation)]
    }

    static func historyKey(_ state: inout FormulationState, _ event: KeyEvent) -> [FormulationEffect] {
        guard var history = state.history else { return [] }
        var pendingG = false
        if let move = CaseworkListKeys.move(for: event, pendingG: &pendingG) {
            history.selected = CaseworkListKeys.apply(move, to: history.selected, count: history.versions.count) ?? 0
            state.history = history
            return []
        }
        switch event.key {
        case .escape, .character("q"), .character("H"):
            state.history = nil
        case .character("r") where history.versions.indices.contains(history.selected):
            let version = history.versions[history.selected]
            state.formulation[keyPath: history.field.keyPath] = version.text
            state.history = nil
            state.request = .status("Restored the \(history.field.title.lowercased()) written \(CaseworkFormat.dayAndTime(version.writtenAt)); the replaced text stays in the history.")
            return [.saveRestored(state.formulation)]
        default:
            break
        }
        return []
    }

    public static func run(_ effect: FormulationEffect, store: CaseStore, now: Date) -> [FormulationInput] {
        do {
            switch effect {
            case .save(let formulation), .saveRestored(let formulation):
                do {
                    let restored = if case .saveRestored = effect { true } else { false }
                    return [.saved(try store.saveFormulation(formulation, keepingRevision: restored))]
                } catch {
                    return [.failed(StoreFault.classify(error, store: store).message)]
                }
            case .loadHistory(let clientID, let field):
                return [.history(field: field, revisions: try store.formulationRevisions(clientID: clientID))]
            }
        } catch {
            return [.failed("\(error)")]
        }
    }

    /// Saves unsaved text at once, for the shell to call before quitting or suspending.
    public static func flush(_ state: inout FormulationState, store: CaseStore, now: Date) {
        guard state.hasUnsavedChanges else { return }
        state.formulation = state.draft
        for result in run(.save(state.formulation), store: store, now: now) { _ = update(&state, result) }
    }

    /// "Saved 14:02", "Unsaved…" or the save error, for the status line.
    public static func statusText(_ state: FormulationState) -> String {
        if let error = state.saveError { return "Save failed: \(error)" }
        if state.hasUnsavedChanges { return "Unsaved…" }
        guard let saved = state.lastSavedAt else { return "" }
        return "Saved " + String(CaseworkFormat.dayAndTime(saved).suffix(5))
    }

    public static func keyHints(_ state: FormulationState) -> [ScreenKeyHint] {
        if state.history != nil {
            return [ScreenKeyHint("j/k", "version"), ScreenKeyHint("r", "restore"), ScreenKeyHint("Esc", "close")]
        }
        if state.editor != nil {
            return [ScreenKeyHint("Esc", "done (saves)"), ScreenKeyHint("Ctrl-S", "save"), ScreenKeyHint("Alt-U", "undo")]
        }
        return [ScreenKeyHint("j/k", "field")] + actions + [ScreenKeyHint("Esc", "back")]
    }

    public static func isEditingText(_ state: FormulationState) -> Bool { state.editor != nil }

    public static var actions: [ScreenKeyHint] {
        [ScreenKeyHint("e", "edit formulation field"), ScreenKeyHint("H", "formulation field history")]
    }
}
