import CasebookCore
import TerminalKit

extension SessionScreen {
    static func handleKey(_ state: inout SessionScreenState, _ key: KeyEvent) -> [SessionScreenEffect] {
        if state.overlay != nil { return overlayKey(&state, key) }
        if key == .ctrl("t") { return toggleLayer(&state) }
        if key == .ctrl("s") {
            let saves = saveDirty(&state)
            if saves.isEmpty { state.message = state.isSigned ? "Signed: nothing to save" : "Nothing new to save" }
            return saves
        }
        switch state.focus {
        case .editor: return editorKey(&state, key)
        case .commands: return commandKey(&state, key)
        case .observations: return paneKey(&state, key)
        }
    }

    /// Each layer keeps its own editor and draft; the one left is saved at once.
    static func toggleLayer(_ state: inout SessionScreenState) -> [SessionScreenEffect] {
        var effects: [SessionScreenEffect] = []
        if !state.isSigned, state.draft.isDirty { effects.append(.save(makeSave(&state, state.layer))) }
        state.layer = state.layer == .process ? .record : .process
        state.completion = nil
        state.completionDismissed = false
        syncViewport(&state)
        return effects
    }

    static func editorKey(_ state: inout SessionScreenState, _ key: KeyEvent) -> [SessionScreenEffect] {
        if state.completion != nil, let effects = completionKey(&state, key) { return effects }
        switch key.key {
        case .escape:
            state.focus = .commands
            state.completion = nil
            return []
        case .tab where key.modifiers.isEmpty, .backTab:
            state.focus = .observations
            state.completion = nil
            return []
        default: break
        }
        let layer = state.layer
        let readOnly = state.isSigned
        let before = EditSnapshot(state.draft.editor)
        let handled = mutateDraft(&state, layer) { draft -> KeyOutcome in
            EditorKeys.apply(key, to: &draft.editor, readOnly: readOnly)
        }
        switch handled {
        case .ignored:
            return []
        case .refused:
            state.message = "Signed: the note is read-only; A adds a dated amendment"
            return []
        case .handled:
            afterEditorChange(&state, before: before, withinLine: EditorKeys.editsWithinLine(key))
            return []
        }
    }

    /// Inserts pasted text where the clinician is typing: the note, or the field of an open
    /// dialog. A paste is never read as commands, whatever it contains.
    static func handlePaste(_ state: inout SessionScreenState, _ text: String) -> [SessionScreenEffect] {
        if state.overlay != nil { return overlayPaste(&state, text) }
        guard !state.isSigned else {
            state.message = "Signed: the note is read-only; A adds a dated amendment"
            return []
        }
        state.focus = .editor
        let before = EditSnapshot(state.draft.editor)
        mutateDraft(&state, state.layer) { $0.editor.insert(text) }
        afterEditorChange(&state, before: before)
        return []
    }

    /// Bookkeeping after a key reached the editor: edit time for autosave, the inline-tag
    /// marks (cheaply), the `#` popup, and the viewport.
    static func afterEditorChange(_ state: inout SessionScreenState, before: EditSnapshot, withinLine: Bool = false) {
        let layer = state.layer
        let now = state.now
        // Only numbers are read from the editor here: a copy of it kept alive would make the
        // viewport update below copy every line of the note.
        if state[layer].editor.revision != before.revision {
            mutateDraft(&state, layer) { $0.noteEdit(at: now) }
            if layer == .process {
                if withinLine { updateMarks(&state, before: before) } else { state.marks.markStale() }
            }
        }
        updateCompletion(&state)
        syncViewport(&state)
    }

    /// A typed or deleted grapheme inside one line re-parses that line only; anything else
    /// (line breaks, pastes, undo) waits for the tick.
    static func updateMarks(_ state: inout SessionScreenState, before: EditSnapshot) {
        let editor = state.process.editor
        guard !state.marks.isStale, state.marks.revision == before.revision, !before.hadSelection,
            editor.lineCount == before.lineCount, editor.cursor.line == before.cursorLine
        else {
            state.marks.markStale()
            return
        }
        let lineText = editor.line(editor.cursor.line)
        let prefixScalars = lineText.prefix(editor.cursor.column).unicodeScalars.count
        let lineStart = editor.cursorScalarOffset - prefixScalars
        let delta = editor.scalarCount - before.scalarCount
        state.marks.replaceLine(
            start: lineStart, oldLength: lineText.unicodeScalars.count - delta, with: lineText, revision: editor.revision)
    }

    /// Opens, filters or closes the popup after the cursor moved or the text changed.
    static func updateCompletion(_ state: inout SessionScreenState) {
        guard state.layer == .process, state.focus == .editor, !state.isSigned,
            let prefix = state.process.editor.currentWordPrefix()
        else {
            state.completion = nil
            state.completionDismissed = false
            return
        }
        guard !state.completionDismissed else { return }
        var scope: TagCategory?
        var query = prefix
        if let slash = prefix.firstIndex(of: "/"), let category = TagCategory(rawValue: prefix[..<slash].lowercased()) {
            scope = category
            query = String(prefix[prefix.index(after: slash)...])
        }
        if state.completion == nil || scope != state.completionScope {
            let items = scope.map { state.codebook.slugItems(in: $0) } ?? state.codebook.slugItems
            state.completionScope = scope
            state.completion = items.isEmpty ? nil : FuzzyPickerState(items: items, query: query)
        } else if state.completion?.query != query {
            state.completion?.setQuery(query)
        }
    }

    /// Keys the popup takes; nil lets the key through to the editor.
    static func completionKey(_ state: inout SessionScreenState, _ key: KeyEvent) -> [SessionScreenEffect]? {
        guard let picker = state.completion, !picker.matches.isEmpty else { return nil }
        switch key.key {
        case .up:
            state.completion?.selectPrevious()
            return []
        case .down:
            state.completion?.selectNext()
            return []
        case .escape:
            state.completion = nil
            state.completionDismissed = true
            return []
        case .enter, .tab:
            guard let item = picker.selectedItem else { return nil }
            let before = EditSnapshot(state.process.editor)
            state.process.editor.replaceCurrentWordPrefix(with: item.id)
            state.completion = nil
            // The tag is complete; the popup stays shut until the next one.
            state.completionDismissed = true
            afterEditorChange(&state, before: before)
            return []
        default:
            return nil
        }
    }
}
