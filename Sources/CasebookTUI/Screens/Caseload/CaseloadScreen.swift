import CasebookCore
import Foundation
import TerminalKit

/// Across the caseload: which themes recur in how many clients, and in whom.
public enum CaseloadScreen {
    /// Reads every client's sessions and theme observations once.
    public static func open(store: CaseStore, now: Date) throws -> CaseloadState {
        let themes = try store.tags(category: .theme, includeArchived: true).compactMap { usage -> AnalyzedTag? in
            usage.tag.id.map { AnalyzedTag(id: $0, category: .theme, name: usage.tag.name, slug: usage.tag.slug) }
        }
        var refs: [CaseloadState.ClientRef] = []
        var material: [AnalyzedClient] = []
        for summary in try store.listClients() {
            guard let clientID = summary.client.id else { continue }
            refs.append(.init(id: clientID, code: summary.client.code, name: summary.client.name))
            var sessions: [AnalyzedSession] = []
            var slot: [Int64: Int] = [:]
            for record in try store.sessions(clientID: clientID) {
                guard let id = record.id else { continue }
                slot[id] = sessions.count
                sessions.append(AnalyzedSession(
                    id: id, number: record.number, date: record.startedAt, attendance: record.attendance.rawValue))
            }
            for detail in try store.observations(clientID: clientID, category: .theme) {
                guard let position = slot[detail.observation.sessionID] else { continue }
                sessions[position].observations.append(
                    AnalyzedObservation(tagID: detail.observation.tagID, intensity: detail.observation.intensity))
            }
            material.append(AnalyzedClient(code: summary.client.code, sessions: sessions))
        }
        return CaseloadState(clients: refs, material: material, tags: themes)
    }

    public static func update(_ state: inout CaseloadState, _ input: CaseloadInput) -> [CaseloadEffect] {
        switch input {
        case .key(let key):
            return handle(key, &state)
        case .paste, .tick:
            return []
        case .loaded(var fresh):
            fresh.setWindow(state.window)
            state = fresh
            return []
        case .failed(let message):
            state.request = .status("Caseload: \(message)")
            return []
        }
    }

    public static func run(_ effect: CaseloadEffect, store: CaseStore, now: Date) -> [CaseloadInput] {
        switch effect {
        case .reload:
            do {
                return [.loaded(try open(store: store, now: now))]
            } catch {
                return [.failed("could not read the caseload (\(error)); press R to try again")]
            }
        }
    }

    public static func render(
        _ state: CaseloadState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool
    ) -> Position? {
        CaseloadView.render(state, in: area, buffer: &buffer, theme: theme, codeOnly: codeOnly)
        return nil
    }

    public static func keyHints(_ state: CaseloadState) -> [ScreenKeyHint] {
        [
            ScreenKeyHint("j/k", "move"),
            ScreenKeyHint("Enter", state.focus == .themes ? "clients" : "open client"),
            ScreenKeyHint("w", "window: \(state.window.label)"),
            ScreenKeyHint(state.focus == .themes ? "q" : "Esc", "back"),
        ]
    }

    public static func isEditingText(_ state: CaseloadState) -> Bool { false }

    public static var actions: [ScreenKeyHint] {
        [
            ScreenKeyHint("Enter", "Caseload: list the clients of a theme, or open a client"),
            ScreenKeyHint("w", "Caseload: window all / last 12 / last 24 / last 52 sessions"),
            ScreenKeyHint("R", "Caseload: reload"),
        ]
    }

    private static func handle(_ event: KeyEvent, _ state: inout CaseloadState) -> [CaseloadEffect] {
        let wasPendingG = state.pendingG
        state.pendingG = false
        let themeCount = state.themes.count
        let clientCount = state.selectedTheme?.clients.count ?? 0
        func move(_ delta: Int) {
            switch state.focus {
            case .themes:
                state.themeList.move(by: delta, itemCount: themeCount)
                state.clientList = ListState(selected: 0)
            case .clients:
                state.clientList.move(by: delta, itemCount: clientCount)
            }
        }
        if event.modifiers.contains(.ctrl) {
            switch event.key {
            case .character("d"): move(10)
            case .character("u"): move(-10)
            default: break
            }
            return []
        }
        switch event.key {
        case .down, .character("j"): move(1)
        case .up, .character("k"): move(-1)
        case .pageDown: move(20)
        case .pageUp: move(-20)
        case .character("g"):
            if wasPendingG { move(-(themeCount + clientCount)) } else { state.pendingG = true }
        case .character("G"): move(themeCount + clientCount)
        case .enter:
            if state.focus == .themes {
                if clientCount > 0 { state.focus = .clients }
            } else if let client = state.selectedClient {
                state.request = .openClient(clientID: client.id)
            }
        case .right, .character("l"), .tab:
            if clientCount > 0 { state.focus = .clients }
        case .left, .character("h"), .backTab:
            state.focus = .themes
        case .character("w"): state.setWindow(state.window.next)
        case .character("R"): return [.reload]
        case .escape, .character("q"):
            if state.focus == .clients { state.focus = .themes } else { state.request = .close }
        default: break
        }
        return []
    }
}
