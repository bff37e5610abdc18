import Foundation
import TerminalKit

extension AppUpdate {
    /// Runs a named action wherever it came from: a key, the palette.
    public static func perform(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .help:
            state.overlay = .help(helpState(for: state))
            return []
        case .palette:
            state.overlay = .palette(PaletteState(entries: paletteEntries(for: state)))
            return []
        case .privacy:
            state.privacy = true
            state.overlay = nil
            return flushEffects(state)
        case .suspend:
            if state.unsavedDrafts.isEmpty { return flushEffects(state) + [.suspend] }
            return flushEffects(state) + [.afterFlush(.suspend)]
        case .quit:
            return quit(&state)
        case .back:
            if state.overlay != nil { state.overlay = nil; return [] }
            if !state.stack.isEmpty { state.stack.removeLast() }
            keepSelectionsVisible(&state)
            return []
        case .confirm:
            if case .form? = state.stack.last { return saveForm(&state) }
            return []
        case .toggleCodeOnly:
            state.codeOnly.toggle()
            state.clients.refresh(codeOnly: state.codeOnly)
            inform(&state, state.codeOnly ? "Codes only: names are hidden." : "Names are shown.")
            return [.rememberCodeOnly(state.codeOnly)]
        case .moveDown: move(&state) { $0.selectNext(itemCount: $1) }
        case .moveUp: move(&state) { $0.selectPrevious(itemCount: $1) }
        case .moveTop: move(&state) { $0.selectFirst(itemCount: $1) }
        case .moveBottom: move(&state) { $0.selectLast(itemCount: $1) }
        case .halfPageDown: move(&state) { $0.move(by: max(1, $0.visibleRows / 2), itemCount: $1) }
        case .halfPageUp: move(&state) { $0.move(by: -max(1, $0.visibleRows / 2), itemCount: $1) }
        case .pageDown: move(&state) { $0.pageDown(itemCount: $1) }
        case .pageUp: move(&state) { $0.pageUp(itemCount: $1) }
        case .nextPane:
            if state.context == .clients { state.clients.focus = state.clients.focus == .list ? .preview : .list }
            return []
        case .filterClients:
            // Leaving a session this way would skip its own close (and its save): not offered.
            guard state.openSession == nil else { return [] }
            state.stack.removeAll()
            state.clients.isFiltering = true
            state.clients.filter.moveEnd()
            return []
        case .clearFilter:
            state.clients.filter = TextInputState()
            state.clients.isFiltering = false
            state.clients.refresh(codeOnly: state.codeOnly)
            keepSelectionsVisible(&state)
            return []
        case .sortClients:
            state.clients.sort = state.clients.sort.next
            state.clients.refresh(codeOnly: state.codeOnly)
            keepSelectionsVisible(&state)
            inform(&state, "Sorted by \(state.clients.sort.title).")
            return []
        case .addClient:
            guard state.openSession == nil else { return [] }
            state.stack.append(.form(.adding(today: state.now, timeZone: state.timeZone)))
            return []
        case .editClient:
            guard let id = state.currentClientID, let item = state.clients.all.first(where: { $0.id == id }) else {
                return noClient(&state)
            }
            state.stack.append(.form(.editing(item, timeZone: state.timeZone)))
            return []
        case .closeClient:
            guard let id = state.currentClientID else { return noClient(&state) }
            return [.closeClient(id: id)]
        case .openClient:
            guard let id = state.clients.selected?.id else { return noClient(&state) }
            state.stack.removeAll()
            state.stack.append(.client(ClientScreenState(clientID: id)))
            return [.loadClient(id: id)]
        case .newSession:
            guard let id = state.currentClientID else { return noClient(&state) }
            return [.createSession(clientID: id)]
        case .nextTab, .previousTab, .showTab:
            guard case var .client(screen)? = state.stack.last else { return [] }
            let tabs = ClientTab.allCases
            switch action {
            case .nextTab: screen.tab = tabs[(screen.tab.rawValue + 1) % tabs.count]
            case .previousTab: screen.tab = tabs[(screen.tab.rawValue + tabs.count - 1) % tabs.count]
            case let .showTab(tab): screen.tab = tab
            default: break
            }
            state.stack[state.stack.count - 1] = .client(screen)
            return []
        case .search:
            return [.openComponent(.search(clientID: nil))]
        case .codebook:
            return [.openComponent(.codebook)]
        case .caseload:
            return [.openComponent(.caseload)]
        case .settings:
            return [.openComponent(.settings)]
        case .lock:
            return lock(&state)
        case .openSession:
            guard case let .client(screen)? = state.stack.last else { return [] }
            if let kind = screen.tab.component(clientID: screen.clientID) { return [.openComponent(kind)] }
            guard screen.tab == .sessions else { return [] }
            guard let session = screen.selectedSession else {
                inform(&state, "No session yet: n starts one.")
                return []
            }
            return [.openSession(id: session.id)]
        }
        return []
    }

    private static func noClient(_ state: inout AppState) -> [Effect] {
        inform(&state, state.clients.all.isEmpty ? "No clients yet: a adds one." : "Select a client first.")
        return []
    }

    /// Moves the selection of whatever list has the keys.
    private static func move(_ state: inout AppState, _ step: (inout ListState, Int) -> Void) {
        switch state.stack.last {
        case nil:
            if state.clients.focus == .preview {
                var probe = ListState(selected: state.clients.previewScroll)
                probe.visibleRows = ScreenGeometry.clientRows(state.size)
                step(&probe, ClientPreviewView.maxScroll(state) + 1)
                state.clients.previewScroll = probe.selected ?? 0
            } else {
                state.clients.moveSelection(step)
            }
        case var .client(screen)?:
            if screen.tab == .sessions {
                screen.moveSelection(step)
                state.stack[state.stack.count - 1] = .client(screen)
            }
        case .form?, .session?, .component?:
            break
        }
        keepSelectionsVisible(&state)
    }

    /// Every action that makes sense where the palette was opened.
    static func paletteEntries(for state: AppState) -> [PaletteEntry] {
        var entries: [PaletteEntry] = []
        var seen = Set<Action>()
        func add(_ binding: KeyBinding) {
            guard binding.action.isInPalette, !seen.contains(binding.action) else { return }
            seen.insert(binding.action)
            entries.append(PaletteEntry(title: binding.action.title, keyLabel: binding.label, command: .action(binding.action)))
        }
        func add(_ action: Action, key: String = "") {
            guard !seen.contains(action) else { return }
            seen.insert(action)
            entries.append(PaletteEntry(title: action.title, keyLabel: key, command: .action(action)))
        }
        Keymap.bindings(for: state.context).forEach(add)
        if state.context == .session {
            for action in SessionScreen.actions {
                entries.append(PaletteEntry(title: action.name, keyLabel: action.key, command: .sessionAction(action.name)))
            }
        }
        if state.context == .client || state.context == .form {
            // Reachable from anywhere: they lead back to the list.
            add(.filterClients, key: "")
            add(.addClient, key: "")
        }
        Keymap.global.forEach(add)
        add(.search, key: "/")
        add(.codebook)
        add(.caseload)
        add(.settings)
        add(.lock)
        add(.toggleCodeOnly, key: "Ctrl-O")
        return entries
    }

    static func helpState(for state: AppState) -> HelpState {
        func rows(_ bindings: [KeyBinding]) -> [HelpState.Row] {
            bindings.map { HelpState.Row(keys: $0.label, description: $0.action.title) }
        }
        let title: String
        switch state.context {
        case .clients: title = "Clients"
        case .client: title = "Client"
        case .form: title = "Client form"
        case .session: title = "Session"
        default: title = "Casebook"
        }
        // The eight movement bindings read better as one row.
        let movement = Set(Keymap.listMovement.map(\.action))
        var screen = rows(Keymap.bindings(for: state.context).filter { !movement.contains($0.action) })
        if state.context == .clients || state.context == .client {
            screen.insert(HelpState.Row(keys: "j k ↑ ↓", description: "Move (gg G ends, Ctrl-D Ctrl-U half page)"), at: 0)
        }
        if state.context == .clients {
            screen.append(HelpState.Row(keys: "Enter Esc", description: "While filtering: keep the filter / clear it"))
        }
        if state.context == .session, let session = state.openSession {
            screen = SessionScreen.keyHints(session).map { HelpState.Row(keys: $0.key, description: $0.label) }
        }
        if state.context == .form {
            screen.append(HelpState.Row(keys: "Space ← →", description: "Change the status"))
        }
        let global = rows(Keymap.global) + [HelpState.Row(keys: "Ctrl-C", description: "Quit (drafts are saved first)")]
        return HelpState(screenTitle: title, sections: [
            HelpState.Section(title: "\(title) keys", rows: screen),
            HelpState.Section(title: "Everywhere", rows: global),
        ])
    }
}
