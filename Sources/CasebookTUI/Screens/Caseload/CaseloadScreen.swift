import CasebookCore
import Foundation
import TerminalKit

/// Across the caseload: which themes recur in how many clients, and in whom.
public enum CaseloadScreen {
    /// Every client's sessions and theme observations in one read of indexes
    /// (`CaseStore.caseloadMaterial`): no note and no evidence.
    public static func open(store: CaseStore, now: Date) throws -> CaseloadState {
        let read = try store.caseloadMaterial(category: .theme)
        return CaseloadState(
            clients: read.clients.map { .init(id: $0.id, code: $0.code, name: $0.name) },
            material: read.clients.map { AnalyzedClient(code: $0.code, sessions: $0.sessions) },
            tags: read.tags)
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
