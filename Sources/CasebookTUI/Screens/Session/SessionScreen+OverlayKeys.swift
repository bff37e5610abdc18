import CasebookCore
import TerminalKit

extension SessionScreen {
    static func overlayKey(_ state: inout SessionScreenState, _ key: KeyEvent) -> [SessionScreenEffect] {
        guard let overlay = state.overlay else { return [] }
        switch overlay {
        case .previousSession:
            if [.escape, .enter].contains(key.key) || key.key == .character("q") || key.key == .character("p") {
                state.overlay = nil
            }
            return []

        case .confirmSign:
            switch key.key {
            case .enter, .character("y"), .character("S"):
                state.overlay = nil
                guard let id = state.session.id else { return [] }
                let pending = NoteLayer.allCases.filter { state[$0].isDirty }.map { makeSave(&state, $0) }
                return [.sign(sessionID: id, pending: pending)]
            case .escape, .character("n"), .character("q"):
                state.overlay = nil
            default: break
            }
            return []

        case .confirmRemove(let detail):
            switch key.key {
            case .enter, .character("y"), .character("d"):
                state.overlay = nil
                guard let id = detail.observation.id else { return [] }
                return [.removeObservation(sessionID: detail.observation.sessionID, observationID: id)]
            case .escape, .character("n"), .character("q"):
                state.overlay = nil
            default: break
            }
            return []

        case .pickTag(var picker):
            switch key.key {
            case .escape:
                state.overlay = nil
                return []
            case .enter, .tab:
                guard let item = picker.selectedItem, let id = Int64(item.id), let tag = state.codebook.tagsByID[id] else {
                    return []
                }
                state.overlay = .pickIntensity(tag: tag)
                return []
            case .up: picker.selectPrevious()
            case .down: picker.selectNext()
            case .pageUp: picker.pageUp(height: 8)
            case .pageDown: picker.pageDown(height: 8)
            case .backspace: picker.deleteBackward()
            case .delete: picker.deleteForward()
            case .left: picker.moveQueryCursorLeft()
            case .right: picker.moveQueryCursorRight()
            case .home: picker.moveQueryCursorToStart()
            case .end: picker.moveQueryCursorToEnd()
            case .character("w") where key.modifiers == .ctrl: picker.deleteWordBackward()
            case .character(let text) where key.modifiers.isEmpty || key.modifiers == .shift: picker.insert(text)
            default: break
            }
            state.overlay = .pickTag(picker)
            return []

        case .pickIntensity(let tag):
            var level: Int?
            switch key.key {
            case .character("1"): level = 1
            case .character("2"), .enter: level = 2
            case .character("3"): level = 3
            case .escape: state.overlay = nil
            default: break
            }
            if let level {
                let sentence = SentenceAtCursor.sentence(in: state.draft.editor)
                state.overlay = .enterEvidence(tag: tag, intensity: level, evidence: TextInputState(text: sentence))
            }
            return []

        case .enterEvidence(let tag, let intensity, var evidence):
            switch key.key {
            case .escape:
                state.overlay = nil
                return []
            case .enter:
                state.overlay = nil
                guard let sessionID = state.session.id, let tagID = tag.id else { return [] }
                return [.addObservation(sessionID: sessionID, tagID: tagID, intensity: intensity, evidence: evidence.text)]
            default:
                TextInputKeys.apply(key, to: &evidence)
                state.overlay = .enterEvidence(tag: tag, intensity: intensity, evidence: evidence)
                return []
            }

        case .editObservation(var form):
            switch key.key {
            case .escape:
                state.overlay = nil
                return []
            case .enter:
                state.overlay = nil
                return [.updateObservation(form.edited)]
            case .tab, .down:
                form.nextField(by: 1)
            case .backTab, .up:
                form.nextField(by: -1)
            default:
                switch form.field {
                case .intensity:
                    switch key.key {
                    case .character("1"): form.intensity = 1
                    case .character("2"): form.intensity = 2
                    case .character("3"): form.intensity = 3
                    case .left: form.intensity = max(1, form.intensity - 1)
                    case .right: form.intensity = min(3, form.intensity + 1)
                    default: break
                    }
                case .evidence: TextInputKeys.apply(key, to: &form.evidence)
                case .comment: TextInputKeys.apply(key, to: &form.comment)
                }
            }
            state.overlay = .editObservation(form)
            return []

        case .amendment(let layer, var editor):
            if key == .ctrl("s") {
                let text = editor.text
                guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, let id = state.session.id else {
                    state.message = "The amendment is empty: type it, or Esc to leave"
                    return []
                }
                return [.amend(sessionID: id, layer: layer, text: text)]
            }
            if key == .ctrl("x") {
                state.overlay = nil
                state.message = "Amendment discarded"
                return []
            }
            if key.key == .escape {
                if editor.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    state.overlay = nil
                } else {
                    state.message = "Ctrl-S saves the amendment; Ctrl-X discards it"
                }
                return []
            }
            state.overlay = nil
            _ = EditorKeys.apply(key, to: &editor, readOnly: false)
            state.overlay = .amendment(layer: layer, editor: editor)
            syncViewport(&state)
            return []
        }
    }

    static func overlayPaste(_ state: inout SessionScreenState, _ text: String) -> [SessionScreenEffect] {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        switch state.overlay {
        case .pickTag(var picker):
            picker.insert(oneLine)
            state.overlay = .pickTag(picker)
        case .enterEvidence(let tag, let intensity, var evidence):
            evidence.insert(oneLine)
            state.overlay = .enterEvidence(tag: tag, intensity: intensity, evidence: evidence)
        case .editObservation(var form):
            switch form.field {
            case .evidence: form.evidence.insert(oneLine)
            case .comment: form.comment.insert(oneLine)
            case .intensity: state.message = "Paste into the evidence or comment field (Tab moves)"
            }
            state.overlay = .editObservation(form)
        case .amendment(let layer, var editor):
            state.overlay = nil
            editor.insert(text)
            state.overlay = .amendment(layer: layer, editor: editor)
            syncViewport(&state)
        case .previousSession, .confirmSign, .confirmRemove, .pickIntensity, nil:
            state.message = "Paste ignored: close the dialog first"
        }
        return []
    }
}
