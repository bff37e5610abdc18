import Foundation
import TerminalKit

extension AppUpdate {
    /// A hosted screen goes on top; it learns its area at once so it pages by the real size.
    static func pushComponent(_ state: inout AppState, _ screen: any HostedScreen) -> [Effect] {
        state.stack.append(.component(screen))
        let area = ScreenGeometry.componentArea(state.size)
        return sendToComponent(&state, id: screen.id) { $0.resized(Size(width: area.width, height: area.height)) }
    }

    /// Gives one hosted screen an input, then acts on what it asks of the shell.
    static func sendToComponent(
        _ state: inout AppState, id: UUID, _ body: (inout any HostedScreen) -> [ComponentWork]
    ) -> [Effect] {
        guard let index = state.stack.lastIndex(where: { if case let .component(s) = $0 { return s.id == id }; return false }),
              case var .component(screen) = state.stack[index] else { return [] }
        // Parked while it changes, so its buffers are not copied on every key.
        state.stack.remove(at: index)
        let work = body(&screen)
        let request = screen.takeRequest()
        if let saved = screen.takeSavedSettings() {
            // Idle time, passphrase and code-only take effect now; a new theme with the next start.
            state.settings = saved
            state.idle.noteActivity(state.now)
            if state.codeOnly != saved.codeOnly {
                state.codeOnly = saved.codeOnly
                state.clients.refresh(codeOnly: state.codeOnly)
            }
        }
        state.stack.insert(.component(screen), at: index)
        return work.map(Effect.component) + (request.map { handle($0, from: index, &state) } ?? [])
    }

    /// Every hosted screen on the stack gets the same input (ticks, sizes).
    static func sendToComponents(_ state: inout AppState, _ body: (inout any HostedScreen) -> [ComponentWork]) -> [Effect] {
        var effects: [Effect] = []
        for entry in state.stack {
            if case let .component(screen) = entry { effects += sendToComponent(&state, id: screen.id, body) }
        }
        return effects
    }

    /// Navigation a hosted screen asked for.
    static func handle(_ request: ScreenRequest, from index: Int, _ state: inout AppState) -> [Effect] {
        switch request {
        case .close:
            if index < state.stack.count { state.stack.remove(at: index) }
            keepSelectionsVisible(&state)
            return []
        case let .openSession(sessionID, layer, scalarOffset):
            guard state.openSession == nil else {
                inform(&state, "Close the open session first (Esc, then q).")
                return []
            }
            state.pendingReveal = PendingReveal(sessionID: sessionID, layer: layer, scalarOffset: scalarOffset)
            return [.openSession(id: sessionID)]
        case let .openClient(clientID):
            state.stack.removeAll()
            state.clients.selectedID = clientID
            state.clients.refresh(codeOnly: state.codeOnly)
            state.stack.append(.client(ClientScreenState(clientID: clientID)))
            return [.loadClient(id: clientID)]
        case let .status(message):
            inform(&state, message)
            return []
        }
    }
}

/// Where a session opened from a search hit or a timeline cell should put its cursor.
public struct PendingReveal: Sendable, Equatable {
    public var sessionID: Int64
    public var layer: String?
    public var scalarOffset: Int?
}

extension AppUpdate {
    /// The idle lock: drafts are saved, overlays closed, and the lock screen goes on top.
    static func lock(_ state: inout AppState) -> [Effect] {
        state.overlay = nil
        state.privacy = false
        let effects = flushEffects(state)
        let screen = Hosted<LockScreen>(state: LockScreen.open(settings: state.settings, now: state.now, timeZone: state.timeZone))
        return effects + pushComponent(&state, screen)
    }
}
