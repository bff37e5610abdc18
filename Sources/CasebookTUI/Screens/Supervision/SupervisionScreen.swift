import CasebookCore
import Foundation
import TerminalKit

/// The Supervision tab of a client (SPEC §7): flag sessions and observations for supervision,
/// write the questions to bring, preview the de-identified brief, review what might still be a
/// name, and export the brief to a private file with the disclosure logged.
public enum SupervisionScreen {
    /// How long the questions may stay unsaved, counted from the first tick that saw them.
    /// Keystrokes do not postpone it, so continuous typing still reaches the store within a
    /// second (SPEC §9: `kill -9` loses at most the last second).
    public static let autosaveDelay: TimeInterval = 0.5

    public static func open(clientID: Int64, store: CaseStore, now: Date) throws -> SupervisionState {
        guard let client = try store.client(id: clientID) else { throw StoreError.clientNotFound("#\(clientID)") }
        return SupervisionState(
            clientID: clientID, clientCode: client.code, questions: client.supervisionQuestions,
            sessions: try store.sessions(clientID: clientID), observations: try store.observations(clientID: clientID),
            today: now)
    }

    /// `~/casebook-brief-<code>-<yyyy-MM-dd>.<ext>`: home, so it is easy to find and not inside a synced project folder by accident.
    public static func defaultPath(code: String, today: Date, format: SupervisionBriefFormat) -> String {
        "~/casebook-brief-\(code)-\(CaseworkFormat.day(today)).\(format.fileExtension)"
    }

    public static func update(_ state: inout SupervisionState, _ input: SupervisionInput) -> [SupervisionEffect] {
        switch input {
        case .key(let event):
            switch state.overlay {
            case .preview: return previewKey(&state, event)
            case .review: return reviewKey(&state, event)
            case .export: return exportKey(&state, event)
            case nil: return state.editor != nil ? editingKey(&state, event) : browsingKey(&state, event)
            }
        case .paste(let text):
            if var editor = state.editor {
                editor.insert(text)
                state.editor = editor
            } else if case .export(var prompt) = state.overlay, prompt.step == .path {
                CaseworkInputKeys.paste(text, into: &prompt.path)
                state.overlay = .export(prompt)
            }
            return []
        case .tick(let now):
            state.today = now
            return autosave(&state, now: now)
        case .resized(let size):
            state.areaSize = size
            return []
        case .sessionSaved(let session):
            if let i = state.sessions.firstIndex(where: { $0.id == session.id }) { state.sessions[i] = session }
            return []
        case .observationSaved(let observation):
            if let i = state.observations.firstIndex(where: { $0.observation.id == observation.id }) {
                state.observations[i].observation = observation
            }
            return []
        case .questionsSaved(let text, let at):
            state.storedQuestions = text
            state.lastSavedAt = at
            state.saveError = nil
            state.autosave.saved()
            return []
        case .questionsFailed(let message):
            state.saveError = message
            state.autosave.failed()
            state.request = .status("Supervision questions not saved: \(message). The text stays on screen and is retried.")
            return []
        case .previewBuilt(let markdown):
            state.overlay = .preview(markdown: markdown, scroll: 0)
            return []
        case .reviewBuilt(let review):
            state.overlay = .review(SupervisionReview(review: review))
            return []
        case .exported(let path):
            state.overlay = nil
            state.request = .status("Brief written to \(path) (readable only by you); the disclosure is logged.")
            return []
        case .exportRefused(let message):
            if case .export(var prompt) = state.overlay {
                prompt.error = message
                state.overlay = .export(prompt)
            }
            state.request = .status(message)
            return []
        case .reloaded(let sessions, let observations, let message):
            state.sessions = sessions
            state.observations = observations
            state.selectedSession = clamp(state.selectedSession, sessions.count)
            state.selectedObservation = clamp(state.selectedObservation, observations.count)
            state.request = .status(message)
            return []
        case .failed(let message):
            state.request = .status(message)
            return []
        }
    }

    static func clamp(_ index: Int?, _ count: Int) -> Int? {
        count == 0 ? nil : max(0, min(count - 1, index ?? 0))
    }

    static func browsingKey(_ state: inout SupervisionState, _ event: KeyEvent) -> [SupervisionEffect] {
        if let move = CaseworkListKeys.move(for: event, pendingG: &state.pendingG) {
            switch state.focus {
            case .sessions:
                state.selectedSession = CaseworkListKeys.apply(move, to: state.selectedSession, count: state.sessions.count)
            case .observations:
                state.selectedObservation = CaseworkListKeys.apply(move, to: state.selectedObservation, count: state.observations.count)
            }
            return []
        }
        if CaseworkListKeys.isClose(event) {
            state.request = .close
            return state.hasUnsavedQuestions ? [.saveQuestions(clientID: state.clientID, text: state.draftQuestions)] : []
        }
        let plain = event.modifiers.isEmpty || event.modifiers == .shift
        switch event.key {
        case .tab, .backTab:
            state.focus = state.focus == .sessions ? .observations : .sessions
        case .character("f") where plain:
            return toggleFlag(&state)
        case .enter:
            if state.focus == .sessions, let i = state.selectedSession, let id = state.sessions[i].id {
                state.request = .openSession(sessionID: id, layer: nil, scalarOffset: nil)
            } else if state.focus == .observations, let i = state.selectedObservation {
                let observation = state.observations[i].observation
                let span = observation.span
                state.request = .openSession(sessionID: observation.sessionID, layer: span == nil ? nil : NoteLayer.process.rawValue,
                                             scalarOffset: span?.lowerBound)
            }
        case .character("e") where plain:
            var editor = TextEditorState(text: state.questions)
            editor.moveToDocumentEnd()
            state.editor = editor
            state.autosave.restart()
        case .character("b") where plain:
            return [.buildPreview(clientID: state.clientID, allow: state.allowed)]
        case .character("r") where plain:
            return [.buildReview(clientID: state.clientID, allow: state.allowed)]
        case .character("x") where plain:
            state.overlay = .export(SupervisionExportPrompt())
        default:
            break
        }
        return []
    }

    static func toggleFlag(_ state: inout SupervisionState) -> [SupervisionEffect] {
        switch state.focus {
        case .sessions:
            guard let i = state.selectedSession else { return [] }
            state.sessions[i].flaggedForSupervision.toggle()
            return [.setSessionFlag(state.sessions[i])]
        case .observations:
            guard let i = state.selectedObservation else { return [] }
            state.observations[i].observation.flaggedForSupervision.toggle()
            return [.setObservationFlag(state.observations[i].observation)]
        }
    }

    static func editingKey(_ state: inout SupervisionState, _ event: KeyEvent) -> [SupervisionEffect] {
        guard var editor = state.editor else { return [] }
        if event.key == .escape || (event.key == .character("s") && event.modifiers == .ctrl) {
            state.questions = editor.text
            state.editor = nil
            state.autosave.restart()
            return state.hasUnsavedQuestions ? [.saveQuestions(clientID: state.clientID, text: state.questions)] : []
        }
        if CaseworkEditorKeys.apply(event, to: &editor) {
            state.editor = editor
        }
        return []
    }

    static func autosave(_ state: inout SupervisionState, now: Date) -> [SupervisionEffect] {
        guard state.autosave.isDue(unsaved: state.hasUnsavedQuestions, now: now, delay: autosaveDelay) else { return [] }
        state.questions = state.draftQuestions
        return [.saveQuestions(clientID: state.clientID, text: state.questions)]
    }

    static func previewKey(_ state: inout SupervisionState, _ event: KeyEvent) -> [SupervisionEffect] {
        guard case .preview(let markdown, var scroll) = state.overlay else { return [] }
        if CaseworkListKeys.isClose(event) || event.key == .character("b") {
            state.overlay = nil
            return []
        }
        if let move = CaseworkListKeys.move(for: event, pendingG: &state.pendingG) {
            switch move {
            case .first: scroll = 0
            case .last: scroll = Int.max / 2
            case .by(let delta): scroll = max(0, min(scroll, maxPreviewScroll(markdown, state.areaSize)) + delta)
            }
            scroll = min(scroll, maxPreviewScroll(markdown, state.areaSize))
            state.overlay = .preview(markdown: markdown, scroll: scroll)
        } else if event.key == .character(" ") {
            let page = max(1, (state.areaSize?.height ?? 24) - 4)
            state.overlay = .preview(markdown: markdown, scroll: min(scroll + page, maxPreviewScroll(markdown, state.areaSize)))
        }
        return []
    }

    static func reviewKey(_ state: inout SupervisionState, _ event: KeyEvent) -> [SupervisionEffect] {
        guard case .review(var review) = state.overlay else { return [] }
        if CaseworkListKeys.isClose(event) || event.key == .character("r") {
            state.overlay = nil
            return []
        }
        if let move = CaseworkListKeys.move(for: event, pendingG: &state.pendingG) {
            review.selected = CaseworkListKeys.apply(move, to: review.selected, count: review.rowCount) ?? 0
        } else if event.key == .character(" "), let word = review.selectedCandidate {
            if state.allowed.contains(word) { state.allowed.remove(word) } else { state.allowed.insert(word) }
        }
        state.overlay = .review(review)
        return []
    }

    static func exportKey(_ state: inout SupervisionState, _ event: KeyEvent) -> [SupervisionEffect] {
        guard case .export(var prompt) = state.overlay else { return [] }
        if event.key == .escape {
            state.overlay = nil
            state.request = .status("Export cancelled; nothing was written.")
            return []
        }
        var effects: [SupervisionEffect] = []
        switch prompt.step {
        case .format:
            switch event.key {
            case .character("m"), .enter: prompt.format = .markdown
            case .character("h"): prompt.format = .html
            case .character("q"):
                state.overlay = nil
                return []
            default: return []
            }
            prompt.step = .path
            prompt.path = TextInputState(text: defaultPath(code: state.clientCode, today: state.today, format: prompt.format))
        case .path:
            if event.key == .enter {
                let path = prompt.path.text.trimmingCharacters(in: .whitespaces)
                if path.isEmpty {
                    prompt.error = "Give a file name for the brief."
                } else {
                    prompt.error = nil
                    effects = [.export(clientID: state.clientID, format: prompt.format, path: path, allow: state.allowed)]
                }
            } else {
                CaseworkInputKeys.apply(event, to: &prompt.path)
            }
        }
        state.overlay = .export(prompt)
        return effects
    }

    public static func run(_ effect: SupervisionEffect, store: CaseStore, now: Date) -> [SupervisionInput] {
        switch effect {
        case .setSessionFlag(let session):
            do { return [.sessionSaved(try store.updateSessionMetadata(session))] } catch {
                return reload(store: store, clientID: session.clientID, message: "Flag not saved: \(error)")
            }
        case .setObservationFlag(let observation):
            do { return [.observationSaved(try store.updateObservation(observation))] } catch {
                let clientID = (try? store.session(id: observation.sessionID))??.clientID
                return clientID.map { reload(store: store, clientID: $0, message: "Flag not saved: \(error)") } ?? [.failed("Flag not saved: \(error)")]
            }
        case .saveQuestions(let clientID, let text):
            do {
                guard var client = try store.client(id: clientID) else { throw StoreError.clientNotFound("#\(clientID)") }
                client.supervisionQuestions = text
                let saved = try store.updateClient(client)
                return [.questionsSaved(text: saved.supervisionQuestions, at: saved.updatedAt)]
            } catch {
                return [.questionsFailed(StoreFault.classify(error, store: store).message)]
            }
        case .buildPreview(let clientID, let allow):
            do {
                let brief = try SupervisionBrief.build(store: store, clientID: clientID, allow: allow)
                return [.previewBuilt(markdown: BriefMarkdownRenderer.render(brief))]
            } catch {
                return [.failed("Could not build the brief: \(error)")]
            }
        case .buildReview(let clientID, let allow):
            do {
                return [.reviewBuilt(try SupervisionBrief.build(store: store, clientID: clientID, allow: allow).review)]
            } catch {
                return [.failed("Could not build the review: \(error)")]
            }
        case .export(let clientID, let format, let path, let allow):
            return export(store: store, clientID: clientID, format: format, path: path, allow: allow)
        }
    }

    static func export(store: CaseStore, clientID: Int64, format: SupervisionBriefFormat, path: String, allow: Set<String>) -> [SupervisionInput] {
        let expanded = (path as NSString).expandingTildeInPath
        let brief: SupervisionBrief
        do { brief = try SupervisionBrief.build(store: store, clientID: clientID, allow: allow) } catch {
            return [.exportRefused("Could not build the brief: \(error). Nothing was written.")]
        }
        let rendered = format == .markdown ? BriefMarkdownRenderer.render(brief) : BriefHTMLRenderer.render(brief)
        do { try brief.verify(rendered) } catch { return [.exportRefused(error.description)] }
        do {
            try ExportFile.write(rendered, to: expanded)
        } catch {
            switch error {
            case .exists(let existing):
                return [.exportRefused("\(existing) already exists; nothing was written. Choose another file name.")]
            case .cannotWrite:
                return [.exportRefused(error.description)]
            }
        }
        do {
            try store.recordDisclosure(what: "supervision brief (\(format.rawValue)) to \(expanded)", clientCodes: [brief.clientCode],
                                       deidentified: true)
        } catch {
            return [.exported(path: expanded), .failed("Brief written to \(expanded), but the disclosure could not be logged: \(error)")]
        }
        return [.exported(path: expanded)]
    }

    static func reload(store: CaseStore, clientID: Int64, message: String) -> [SupervisionInput] {
        do {
            return [.reloaded(sessions: try store.sessions(clientID: clientID), observations: try store.observations(clientID: clientID),
                              message: message)]
        } catch {
            return [.failed(message)]
        }
    }

    /// Saves unsaved questions at once, for the shell to call before quitting or suspending.
    public static func flush(_ state: inout SupervisionState, store: CaseStore, now: Date) {
        guard state.hasUnsavedQuestions else { return }
        state.questions = state.draftQuestions
        for result in run(.saveQuestions(clientID: state.clientID, text: state.questions), store: store, now: now) {
            _ = update(&state, result)
        }
    }

    /// "Saved 14:02", "Unsaved…" or the save error, for the status line.
    public static func statusText(_ state: SupervisionState) -> String {
        if let error = state.saveError { return "Save failed: \(error)" }
        if state.hasUnsavedQuestions { return "Unsaved…" }
        guard let saved = state.lastSavedAt else { return "" }
        return "Saved " + String(CaseworkFormat.dayAndTime(saved).suffix(5))
    }

    public static func keyHints(_ state: SupervisionState) -> [ScreenKeyHint] {
        switch state.overlay {
        case .preview: return [ScreenKeyHint("j/k", "scroll"), ScreenKeyHint("Esc", "close")]
        case .review: return [ScreenKeyHint("j/k", "move"), ScreenKeyHint("Space", "not a name"), ScreenKeyHint("Esc", "close")]
        case .export(let prompt):
            return prompt.step == .format
                ? [ScreenKeyHint("m", "Markdown"), ScreenKeyHint("h", "HTML"), ScreenKeyHint("Esc", "cancel")]
                : [ScreenKeyHint("Enter", "write"), ScreenKeyHint("Esc", "cancel")]
        case nil:
            if state.editor != nil {
                return [ScreenKeyHint("Esc", "done (saves)"), ScreenKeyHint("Ctrl-S", "save"), ScreenKeyHint("Alt-U", "undo")]
            }
            return [ScreenKeyHint("j/k", "move"), ScreenKeyHint("Tab", "other list")] + actions + [ScreenKeyHint("Esc", "back")]
        }
    }

    public static func isEditingText(_ state: SupervisionState) -> Bool {
        if state.editor != nil { return true }
        if case .export(let prompt) = state.overlay { return prompt.step == .path }
        return false
    }

    public static var actions: [ScreenKeyHint] {
        [ScreenKeyHint("f", "flag for supervision"), ScreenKeyHint("e", "edit supervision questions"),
         ScreenKeyHint("b", "preview supervision brief"), ScreenKeyHint("r", "review names in brief"),
         ScreenKeyHint("x", "export supervision brief")]
    }
}
