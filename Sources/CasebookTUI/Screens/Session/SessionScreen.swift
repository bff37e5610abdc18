import CasebookCore
import Foundation
import TerminalKit

/// The session screen: the note editor (process and record layers), the observations pane,
/// the session clock, autosave, signing and amendments. The shell calls these functions; the
/// state is a value and `update` is pure (store work comes back through `run`).
public enum SessionScreen {
    /// Opens an existing session or the new one just created: loads via the store synchronously.
    public static func open(sessionID: Int64, store: CaseStore, now: Date) throws -> SessionScreenState {
        guard let session = try store.session(id: sessionID) else { throw StoreError.sessionNotFound(sessionID) }
        let client = try store.client(id: session.clientID)
        let codebook = try store.tags(includeArchived: true).map(\.tag)
        var unknown: [UnresolvedInlineTag] = []
        var ambiguous: [UnresolvedInlineTag] = []
        var resolved: [String: SlugResolution] = [:]
        for tag in InlineTagParser.parse(session.processNote) {
            let written = tag.category.map { "\($0)/\(tag.slug)" } ?? tag.slug
            let resolution: SlugResolution
            if let known = resolved[written] {
                resolution = known
            } else {
                resolution = try store.resolveSlug(written)
                resolved[written] = resolution
            }
            switch resolution {
            case .tag: break
            case .ambiguous(let candidates): ambiguous.append(UnresolvedInlineTag(tag: tag, candidates: candidates))
            case .unknown: unknown.append(UnresolvedInlineTag(tag: tag))
            }
        }
        return SessionScreenState(
            session: session, clientCode: client?.code ?? "?", clientName: client?.name ?? "?", now: now,
            observations: try store.observations(sessionID: sessionID), unknownTags: unknown, ambiguousTags: ambiguous,
            amendments: try store.amendments(sessionID: sessionID), codebook: codebook,
            previous: try previousSummary(of: session, store: store))
    }

    static func previousSummary(of session: Session, store: CaseStore) throws -> PreviousSessionSummary? {
        guard session.number > 1, let id = session.id else { return nil }
        var previous = try store.session(clientID: session.clientID, number: session.number - 1)
        if previous == nil {
            // Numbers may have gaps where a session was deleted.
            previous = try store.sessions(clientID: session.clientID).last { $0.number < session.number && $0.id != id }
        }
        guard let previous, let previousID = previous.id else { return nil }
        return PreviousSessionSummary(session: previous, observations: try store.observations(sessionID: previousID))
    }

    public static func update(_ state: inout SessionScreenState, _ input: SessionScreenInput) -> [SessionScreenEffect] {
        switch input {
        case .tick(let now):
            state.now = now
            return tick(&state)
        case .resized(let size):
            state.viewSize = size
            syncViewport(&state)
            return []
        case .key(let key):
            state.message = nil
            return handleKey(&state, key)
        case .paste(let text):
            state.message = nil
            return handlePaste(&state, text)
        case .saved(let layer, let revision, let at, let snapshot):
            let rowsBefore = faultRows(state, width: state.viewSize?.width ?? 0)
            mutateDraft(&state, layer) { $0.noteSaved(revision: revision, at: at) }
            if faultRows(state, width: state.viewSize?.width ?? 0) != rowsBefore { syncViewport(&state) }
            if let snapshot { apply(snapshot, to: &state) }
            return closeIfSaved(&state)
        case .saveFailed(let layer, let revision, let fault):
            let rowsBefore = faultRows(state, width: state.viewSize?.width ?? 0)
            let now = state.now
            mutateDraft(&state, layer) { $0.noteSaveFailed(revision: revision, fault: fault, at: now) }
            // The screen stays open: its text exists nowhere else.
            if state.closeRequested { state.message = "Not closed: note unsaved" }
            state.closeRequested = false
            if faultRows(state, width: state.viewSize?.width ?? 0) != rowsBefore { syncViewport(&state) }
            return []
        case .observationsChanged(let snapshot, let message):
            apply(snapshot, to: &state)
            state.message = message
            return []
        case .signed(let session):
            state.session.signedAt = session.signedAt
            state.focus = .commands
            state.completion = nil
            state.overlay = nil
            state.message = "Signed \(SessionFormat.dateTime(session.signedAt ?? state.now)): read-only; A adds a dated amendment"
            return []
        case .amended(let amendment):
            if !state.amendments.contains(where: { $0.id != nil && $0.id == amendment.id }) {
                state.amendments.append(amendment)
            }
            if case .amendment = state.overlay { state.overlay = nil }
            state.message = "Amendment saved \(SessionFormat.time(amendment.createdAt))"
            return []
        case .failed(let message):
            state.message = message
            return []
        }
    }

    /// Saves both drafts now (exit, signal, suspend), synchronously. The answers are already
    /// applied to `state`; feeding them to `update` again changes nothing. An amendment being
    /// written is saved too, so no typed text is lost when the process ends.
    public static func flush(_ state: inout SessionScreenState, store: CaseStore) -> [SessionScreenInput] {
        var inputs: [SessionScreenInput] = []
        if !state.isSigned {
            for layer in NoteLayer.allCases where state[layer].isDirty {
                let save = makeSave(&state, layer)
                inputs += run(.save(save), store: store, now: state.now)
            }
        }
        if case .amendment(let layer, let editor) = state.overlay,
            !editor.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, let id = state.session.id
        {
            inputs += run(.amend(sessionID: id, layer: layer, text: editor.text), store: store, now: state.now)
        }
        for input in inputs { _ = update(&state, input) }
        return inputs
    }

    public static func wantsClose(_ state: SessionScreenState) -> Bool { state.closed }

    /// `Saved 14:02:11`, `Editing…`, `Save failed: disk full` (the warning above the note says the rest), then any message.
    public static func statusText(_ state: SessionScreenState) -> String {
        var parts: [String] = []
        if let reason = state.saveFault?.shortReason {
            parts.append("Save failed: \(reason)")
        } else if let error = state.process.saveError ?? state.record.saveError {
            parts.append("Save failed: \(error) (your text is kept)")
        } else if state.hasUnsavedText {
            parts.append("Editing…")
        } else if let last = [state.process.lastSaveAt, state.record.lastSaveAt].compactMap({ $0 }).max() {
            parts.append("Saved \(SessionFormat.time(last))")
        } else {
            parts.append(state.isSigned ? "Signed" : "Saved")
        }
        if let message = state.message { parts.append(message) }
        return parts.joined(separator: " · ")
    }

    static func tick(_ state: inout SessionScreenState) -> [SessionScreenEffect] {
        if state.marks.isStale || state.marks.revision != state.process.editor.revision {
            state.marks.reparse(text: state.process.editor.text, revision: state.process.editor.revision)
        }
        guard !state.isSigned else { return [] }
        var effects: [SessionScreenEffect] = []
        for layer in NoteLayer.allCases where AutosavePolicy.isDue(state[layer], now: state.now) {
            effects.append(.save(makeSave(&state, layer)))
        }
        return effects
    }

    /// A save of the layer's current text, recorded as sent.
    static func makeSave(_ state: inout SessionScreenState, _ layer: NoteLayer) -> NoteSave {
        let now = state.now
        let draft = state[layer]
        let save = NoteSave(
            sessionID: state.session.id ?? 0, layer: layer, text: draft.text, revision: draft.editor.revision,
            visit: state.visit)
        mutateDraft(&state, layer) { $0.noteSaveSent(at: now) }
        return save
    }

    /// Saves of every dirty layer, now (layer toggle, close, Ctrl-S).
    static func saveDirty(_ state: inout SessionScreenState) -> [SessionScreenEffect] {
        guard !state.isSigned else { return [] }
        return NoteLayer.allCases.filter { state[$0].isDirty }.map { .save(makeSave(&state, $0)) }
    }

    static func requestClose(_ state: inout SessionScreenState) -> [SessionScreenEffect] {
        let saves = saveDirty(&state)
        if saves.isEmpty {
            state.closed = true
            return [.close]
        }
        state.closeRequested = true
        state.message = "Saving before closing…"
        return saves
    }

    static func closeIfSaved(_ state: inout SessionScreenState) -> [SessionScreenEffect] {
        guard state.closeRequested, !state.closed, !state.hasUnsavedText else { return [] }
        state.closed = true
        return [.close]
    }

    static func apply(_ snapshot: ObservationSnapshot, to state: inout SessionScreenState) {
        state.observations = snapshot.observations
        if let unknown = snapshot.unknown { state.unknownTags = unknown }
        if let ambiguous = snapshot.ambiguous { state.ambiguousTags = ambiguous }
        if let codebook = snapshot.codebook { state.codebook = CodebookIndex(tags: codebook) }
        state.paneSelection = min(state.paneSelection, max(0, state.paneRowCount - 1))
    }

    /// Runs `body` on one layer's draft in place (no copy of a long note).
    @discardableResult
    static func mutateDraft<T>(_ state: inout SessionScreenState, _ layer: NoteLayer, _ body: (inout NoteDraft) -> T) -> T {
        switch layer {
        case .process: body(&state.process)
        case .record: body(&state.record)
        }
    }

    /// Lays the editor out at the size it is drawn, so its wrapping, scroll and row-wise cursor
    /// moves follow the screen (render only gets a copy of the state).
    static func syncViewport(_ state: inout SessionScreenState) {
        guard let size = state.viewSize else { return }
        let area = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let layout = SessionLayout(area: area, amendmentCount: state.amendments.count, faultRows: faultRows(state, width: size.width))
        var scratch = Buffer(size: Size(width: 1, height: 1))
        let view = TextEditorView()
        mutateDraft(&state, state.layer) { draft in _ = view.render(&draft.editor, in: layout.editor, buffer: &scratch) }
        if case .amendment(let layer, var editor) = state.overlay {
            state.overlay = nil
            _ = view.render(&editor, in: SessionOverlayView.amendmentEditorArea(in: area), buffer: &scratch)
            state.overlay = .amendment(layer: layer, editor: editor)
        }
    }
}
