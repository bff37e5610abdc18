import CasebookCore
import TerminalKit

extension SessionScreen {
    /// Keys on the note when it is not being typed into (after Esc): single letters are commands.
    static func commandKey(_ state: inout SessionScreenState, _ key: KeyEvent) -> [SessionScreenEffect] {
        guard key.modifiers.isEmpty || key.modifiers == .shift else { return [] }
        switch key.key {
        case .escape, .character("q"):
            return requestClose(&state)
        case .enter, .character("i"):
            state.focus = .editor
            if state.isSigned { state.message = "Signed: the note is read-only; A adds a dated amendment" }
            updateCompletion(&state)
            return []
        case .tab, .backTab:
            state.focus = .observations
            return []
        case .character("j"), .down:
            mutateDraft(&state, state.layer) { $0.editor.moveDown() }
            syncViewport(&state)
            return []
        case .character("k"), .up:
            mutateDraft(&state, state.layer) { $0.editor.moveUp() }
            syncViewport(&state)
            return []
        case .character("G"), .end:
            mutateDraft(&state, state.layer) { $0.editor.moveToDocumentEnd() }
            syncViewport(&state)
            return []
        case .character("g"), .home:
            mutateDraft(&state, state.layer) { $0.editor.moveToDocumentStart() }
            syncViewport(&state)
            return []
        case .pageDown, .character(" "):
            mutateDraft(&state, state.layer) { $0.editor.pageDown(height: EditorKeys.pageRows) }
            syncViewport(&state)
            return []
        case .pageUp:
            mutateDraft(&state, state.layer) { $0.editor.pageUp(height: EditorKeys.pageRows) }
            syncViewport(&state)
            return []
        default:
            return sharedCommand(&state, key) ?? []
        }
    }

    /// Commands the note and the observations pane share.
    static func sharedCommand(_ state: inout SessionScreenState, _ key: KeyEvent) -> [SessionScreenEffect]? {
        switch key.key {
        case .character("t"):
            return toggleLayer(&state)
        case .character("p"):
            state.overlay = .previousSession(state.previous)
            return []
        case .character("S"):
            if state.isSigned {
                state.message = "Already signed \(SessionFormat.dateTime(state.session.signedAt ?? state.now)); A adds an amendment"
            } else {
                state.overlay = .confirmSign
            }
            return []
        case .character("A"):
            if state.isSigned {
                state.overlay = .amendment(layer: state.layer, editor: TextEditorState())
                syncViewport(&state)
            } else {
                state.message = "Not signed yet: edit the note itself (amendments are for signed notes)"
            }
            return []
        case .character("a"), .character("o"):
            openTagPicker(&state)
            return []
        default:
            return nil
        }
    }

    static func openTagPicker(_ state: inout SessionScreenState) {
        guard !state.codebook.tagItems.isEmpty else {
            state.message = "The codebook is empty: add codes first"
            return
        }
        state.overlay = .pickTag(FuzzyPickerState(items: state.codebook.tagItems))
    }

    /// Keys on the observations pane.
    static func paneKey(_ state: inout SessionScreenState, _ key: KeyEvent) -> [SessionScreenEffect] {
        guard key.modifiers.isEmpty || key.modifiers == .shift else { return [] }
        let count = state.paneRowCount
        switch key.key {
        case .escape:
            state.focus = .commands
            return []
        case .character("q"):
            return requestClose(&state)
        case .tab, .backTab, .character("i"):
            state.focus = state.isSigned ? .commands : .editor
            if state.focus == .editor { updateCompletion(&state) }
            return []
        case .character("j"), .down:
            state.paneSelection = min(max(0, count - 1), state.paneSelection + 1)
            return []
        case .character("k"), .up:
            state.paneSelection = max(0, state.paneSelection - 1)
            return []
        case .character("g"), .home:
            state.paneSelection = 0
            return []
        case .character("G"), .end:
            state.paneSelection = max(0, count - 1)
            return []
        case .enter, .character("e"):
            return activateRow(&state)
        case .character("a"):
            if case .unknown(let tag)? = state.selectedRow { return acceptUnknown(&state, tag) }
            openTagPicker(&state)
            return []
        case .character("1"), .character("2"), .character("3"):
            guard case .character(let digit) = key.key, let level = Int(digit) else { return [] }
            return setIntensity(&state, level)
        case .character("d"), .character("x"), .delete:
            return askRemove(&state)
        default:
            return sharedCommand(&state, key) ?? []
        }
    }

    static func activateRow(_ state: inout SessionScreenState) -> [SessionScreenEffect] {
        switch state.selectedRow {
        case .observation(let detail)?:
            if detail.observation.source == .inline {
                state.message = "Inline: follows the note's #\(detail.tag.slug); only its comment is edited here"
            }
            state.overlay = .editObservation(ObservationForm(detail: detail))
            return []
        case .unknown(let tag)?:
            return acceptUnknown(&state, tag)
        case .ambiguous(let tag)?:
            let choices = tag.candidates.map { "#\($0.qualifiedSlug)" }.joined(separator: " or ")
            state.message = "#\(tag.written) is ambiguous: write \(choices)"
            return []
        case nil:
            openTagPicker(&state)
            return []
        }
    }

    /// Adds the slug to the codebook as a theme; the process note is saved first so the
    /// store re-syncs the text on screen.
    static func acceptUnknown(_ state: inout SessionScreenState, _ tag: UnresolvedInlineTag) -> [SessionScreenEffect] {
        guard let id = state.session.id else { return [] }
        var effects: [SessionScreenEffect] = []
        if !state.isSigned, state.process.isDirty { effects.append(.save(makeSave(&state, .process))) }
        effects.append(.acceptUnknownSlug(sessionID: id, written: tag.written))
        return effects
    }

    static func setIntensity(_ state: inout SessionScreenState, _ level: Int) -> [SessionScreenEffect] {
        guard case .observation(let detail)? = state.selectedRow else { return [] }
        guard detail.observation.source == .manual else {
            state.message = "Inline: its intensity follows the note (#\(detail.tag.slug)? is 1, ! is 3)"
            return []
        }
        var observation = detail.observation
        observation.intensity = level
        return [.updateObservation(observation)]
    }

    static func askRemove(_ state: inout SessionScreenState) -> [SessionScreenEffect] {
        guard case .observation(let detail)? = state.selectedRow else { return [] }
        guard detail.observation.source == .manual else {
            state.message = "Inline: remove #\(detail.tag.slug) from the note to remove it"
            return []
        }
        state.overlay = .confirmRemove(detail)
        return []
    }
}
