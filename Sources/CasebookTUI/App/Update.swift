import CasebookCore
import Foundation
import TerminalKit

/// The one place the interface changes: an event in, the state changed, effects out.
/// Pure: no store, no clock, no terminal.
public enum AppUpdate {
    /// How long an info message stays in the status line.
    static let messageLifetime: TimeInterval = 4

    public static func update(_ state: inout AppState, _ event: AppEvent) -> [Effect] {
        let effects = step(&state, event)
        return effects + previewPatternsEffects(&state) + clientScreenEffects(&state, after: event)
    }

    /// The preview's detail and patterns follow the selection: asked for once per client it lands on.
    static func previewPatternsEffects(_ state: inout AppState) -> [Effect] {
        guard state.stack.isEmpty, !state.privacy, let id = state.clients.selected?.id,
              state.clients.patternsClientID != id || state.clients.detailClientID != id else { return [] }
        state.clients.patternsClientID = id
        state.clients.patterns = nil
        state.clients.detailClientID = id
        state.clients.detail = nil
        return [.loadPreviewDetail(clientID: id), .loadPreviewPatterns(clientID: id)]
    }

    static func step(_ state: inout AppState, _ event: AppEvent) -> [Effect] {
        switch event {
        case let .terminal(terminalEvent):
            return terminal(&state, terminalEvent)
        case let .tick(now):
            state.now = now
            if !state.isLocked, state.idle.shouldLock(now, settings: state.settings) {
                return lock(&state)
            }
            if let expires = state.status?.expires, expires <= now { state.status = nil }
            return sendToSession(&state, .tick(now)) + sendToComponents(&state) { $0.tick(now) }
        case let .clientsLoaded(items, select):
            state.clients.setClients(items, codeOnly: state.codeOnly, select: select)
            keepSelectionsVisible(&state)
            return []
        case let .previewDetailLoaded(clientID, detail):
            if state.clients.detailClientID == clientID { state.clients.detail = detail }
            return []
        case let .previewPatternsLoaded(clientID, summary):
            if state.clients.patternsClientID == clientID { state.clients.patterns = summary }
            return []
        case let .clientLoaded(detail):
            for i in state.stack.indices {
                if case var .client(screen) = state.stack[i], screen.clientID == detail.id {
                    screen.setDetail(detail)
                    state.stack[i] = .client(screen)
                }
            }
            keepSelectionsVisible(&state)
            return []
        case let .sessionDetailsLoaded(clientID, mark, items):
            for i in state.stack.indices {
                if case var .client(screen) = state.stack[i], screen.clientID == clientID {
                    screen.fillDetails(items, mark: mark)
                    state.stack[i] = .client(screen)
                }
            }
            return []
        case let .clientSaved(id, message):
            if case .form? = state.stack.last { state.stack.removeLast() }
            inform(&state, message)
            var effects: [Effect] = [.loadClients(select: id)]
            if state.stack.contains(where: { if case let .client(c) = $0 { return c.clientID == id }; return false }) {
                effects.append(.loadClient(id: id))
            }
            return effects
        case let .clientSaveFailed(field, message):
            if case var .form(form)? = state.stack.last {
                if let field {
                    form.errors[field] = message
                    form.focused = field
                } else {
                    form.formError = message
                }
                state.stack[state.stack.count - 1] = .form(form)
            } else {
                state.status = StatusMessage(message, kind: .error)
            }
            return []
        case let .clientClosed(id):
            let code = state.clients.all.first { $0.id == id }?.code ?? "the client"
            inform(&state, "Closed \(code). Edit (e) to set another status.")
            var effects: [Effect] = [.loadClients(select: id)]
            if state.currentClientID == id, case .client? = state.stack.last { effects.append(.loadClient(id: id)) }
            return effects
        case let .sessionOpened(screen):
            return pushSession(&state, screen)
        case let .session(input):
            guard case .session? = state.stack.last else {
                sessionAnswerWithoutScreen(&state, input)
                return []
            }
            return sendToSession(&state, input)
        case let .externalEditDone(sessionID, layer, result):
            guard case var .session(screen)? = state.stack.last, screen.session.id == sessionID else { return [] }
            switch result {
            case let .changed(text):
                SessionScreen.replaceNote(&screen, layer: layer, with: text)
                state.stack[state.stack.count - 1] = .session(screen)
                return sendToSession(&state, .tick(state.now))
            case .unchanged:
                inform(&state, "No change from $EDITOR.")
            case let .failed(_, message):
                state.status = StatusMessage(message, kind: .error)
            }
            return []
        case let .componentOpened(screen):
            return pushComponent(&state, screen)
        case let .component(screenID, answer):
            return sendToComponent(&state, id: screenID) { $0.answer(answer) }
        case let .failed(message):
            state.status = StatusMessage(message, kind: .error)
            return []
        case let .componentFlushed(screen):
            replaceComponent(&state, with: screen)
            return []
        case let .flushed(route):
            return afterFlush(&state, route)
        case let .recoveryWritten(path, route):
            return recoveryWritten(&state, path: path, then: route)
        case let .recoveryFailed(message, route):
            return recoveryFailed(&state, message: message, then: route)
        }
    }

    static func inform(_ state: inout AppState, _ text: String) {
        state.status = StatusMessage(text, kind: .info, expires: state.now.addingTimeInterval(messageLifetime))
    }

    static func terminal(_ state: inout AppState, _ event: Event) -> [Effect] {
        switch event {
        case let .key(key):
            return self.key(&state, key)
        case let .paste(text):
            return paste(&state, text)
        case let .resize(size):
            state.size = size
            keepSelectionsVisible(&state)
            let area = ScreenGeometry.componentArea(state.size)
            return sendToSession(&state, .resized(sessionArea(state)))
                + sendToComponents(&state) { $0.resized(Size(width: area.width, height: area.height)) }
        case let .interrupt(signal):
            // Ctrl-C is the clinician at the keyboard, unless the screen is locked or hidden;
            // SIGTERM and SIGHUP have no one to ask.
            let ask = signal == SIGINT && !state.isLocked && !state.privacy
            return quit(&state, route: ask ? .askFirst : .quitNow)
        case .resumed, .mouse, .focus:
            return []
        }
    }

    /// Pasted text goes only into a text field, never read as commands. Fields are one line,
    /// so line breaks become spaces.
    static func paste(_ state: inout AppState, _ text: String) -> [Effect] {
        state.idle.noteActivity(state.now)
        if state.isLocked, case let .component(screen)? = state.stack.last {
            return sendToComponent(&state, id: screen.id) { $0.paste(text) }
        }
        guard !state.privacy, state.isEditingText else { return [] }
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        if case var .palette(palette)? = state.overlay {
            palette.picker.insert(flat)
            state.overlay = .palette(palette)
            return []
        }
        switch state.stack.last {
        case nil:
            state.clients.filter.insert(flat)
            state.clients.refresh(codeOnly: state.codeOnly)
        case var .form(form)?:
            if form.focused != .status {
                form.fields[form.focused]?.insert(flat)
                state.stack[state.stack.count - 1] = .form(form)
            }
        case .session?:
            return sendToSession(&state, .paste(text))
        case let .component(screen)?:
            return sendToComponent(&state, id: screen.id) { $0.paste(text) }
        default:
            break
        }
        return []
    }

    static func key(_ state: inout AppState, _ key: KeyEvent) -> [Effect] {
        state.idle.noteActivity(state.now)
        if state.isLocked, case let .component(screen)? = state.stack.last {
            // Locked: only the lock sees keys; quitting stays possible (drafts were saved when it locked).
            // Nobody proven at the keyboard to ask: unsaved text goes straight to a recovery file.
            if key == .ctrl("q") { return quit(&state, route: .quitNow) }
            return sendToComponent(&state, id: screen.id) { $0.key(key) }
        }
        let privacyKey = KeyBinding([KeyEvent(.function(12)), .ctrl("g")], "", .privacy)
        if state.privacy {
            // Only the same key brings the work back; anything else could be a client's hand.
            if privacyKey.matches(key) { state.privacy = false }
            else if key == .ctrl("q") { return quit(&state, route: .quitNow) }
            return []
        }
        if privacyKey.matches(key) { return perform(.privacy, &state) }
        if case let .quitGuard(box)? = state.overlay { return quitGuardKey(&state, box, key) }
        if key == .ctrl("z") { return perform(.suspend, &state) }
        if key == .ctrl("q") { return quit(&state) }
        if key == .ctrl("o") { return perform(.toggleCodeOnly, &state) }

        if let overlay = state.overlay {
            switch overlay {
            case var .help(help):
                return helpKey(&state, &help, key)
            case var .palette(palette):
                return paletteKey(&state, &palette, key)
            case let .quitGuard(box):
                return quitGuardKey(&state, box, key)
            }
        }
        if key == .ctrl("p") { return perform(.palette, &state) }
        // F1 reaches help even where `?` is text (a field, the note).
        if key == KeyEvent(.function(1)) { return perform(.help, &state) }
        if !state.isEditingText {
            if key == .char(":") { return perform(.palette, &state) }
            if key == .char("?") { return perform(.help, &state) }
            // Search from anywhere (SPEC §5); the session's own keys and text come first.
            if key == .char("/"), state.context != .session { return perform(.search, &state) }
        }

        switch state.context {
        case .clients where state.clients.isFiltering:
            return filterKey(&state, key)
        case .form:
            return formKey(&state, key)
        case .session:
            if case let .session(screen)? = state.stack.last, SessionScreen.wantsExternalEditor(screen, key: key),
               let id = screen.session.id {
                return flushEffects(state) + [.externalEdit(sessionID: id, layer: screen.layer, text: screen.draft.text)]
            }
            // `E` (outside the note's text) scores a CCRT relationship episode for this session.
            if case let .session(screen)? = state.stack.last, key == .char("E"), screen.focus == .commands,
               screen.overlay == nil, let id = screen.session.id {
                return [.openComponent(.addEpisode(sessionID: id))]
            }
            return sendToSession(&state, .key(key))
        case .component:
            if case let .component(screen)? = state.stack.last {
                return sendToComponent(&state, id: screen.id) { $0.key(key) }
            }
        default:
            break
        }
        // `gg` goes to the top, as in vim.
        if key == .char("g") {
            if state.pendingG {
                state.pendingG = false
                return perform(.moveTop, &state)
            }
            state.pendingG = true
            return []
        }
        state.pendingG = false
        guard let action = Keymap.action(for: key, in: state.context) else { return [] }
        return perform(action, &state)
    }

    /// Keeps every list's selection on screen at the current size.
    static func keepSelectionsVisible(_ state: inout AppState) {
        let clientRows = ScreenGeometry.clientRows(state.size)
        state.clients.list.keepSelectionVisible(itemCount: state.clients.visible.count, height: clientRows)
        let sessionRows = ScreenGeometry.sessionRows(state.size)
        for i in state.stack.indices {
            if case var .client(screen) = state.stack[i] {
                screen.sessions.keepSelectionVisible(itemCount: screen.detail?.sessions.count ?? 0, height: sessionRows)
                state.stack[i] = .client(screen)
            }
        }
    }
}
