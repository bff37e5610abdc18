import Foundation
import TerminalKit

extension AppUpdate {
    /// The size the session screen draws into: the body, above the status line and hints.
    static func sessionArea(_ state: AppState) -> Size {
        let body = ScreenGeometry.body(state.size)
        return Size(width: body.width, height: body.height)
    }

    /// A freshly opened session goes on top, told its size and the time before its first frame.
    static func pushSession(_ state: inout AppState, _ screen: SessionScreenState) -> [Effect] {
        state.overlay = nil
        if case .form? = state.stack.last { state.stack.removeLast() }
        var screen = screen
        if let reveal = state.pendingReveal, reveal.sessionID == screen.session.id, let offset = reveal.scalarOffset {
            SessionScreen.reveal(&screen, layer: reveal.layer == "record" ? .record : .process, scalarOffset: offset)
        }
        state.pendingReveal = nil
        state.stack.append(.session(screen))
        return sendToSession(&state, .resized(sessionArea(state))) + sendToSession(&state, .tick(state.now))
    }

    /// Feeds the session screen on top and turns what it asks for into effects; `.close`
    /// (its drafts already saved) pops it here.
    static func sendToSession(_ state: inout AppState, _ input: SessionScreenInput) -> [Effect] {
        guard case var .session(screen)? = state.stack.last else { return [] }
        // Taken off the stack while it changes, so the note's lines are not copied on every key.
        state.stack.removeLast()
        let asked = SessionScreen.update(&screen, input)
        state.stack.append(.session(screen))
        var effects: [Effect] = []
        var closing = false
        for effect in asked {
            if case .close = effect { closing = true } else { effects.append(.session(effect)) }
        }
        if closing || SessionScreen.wantsClose(screen) {
            effects += closeSession(&state, clientID: screen.session.clientID, sessionID: screen.session.id)
        }
        return effects
    }

    /// Back from the session: the lists below reload, so its number, date and first line show.
    /// The session just left becomes the selected row, so a new one is in view.
    static func closeSession(_ state: inout AppState, clientID: Int64, sessionID: Int64?) -> [Effect] {
        guard case .session? = state.stack.last else { return [] }
        state.stack.removeLast()
        var effects: [Effect] = [.loadClients(select: clientID)]
        if case var .client(screen)? = state.stack.last, screen.clientID == clientID {
            if let sessionID { screen.selectedSessionID = sessionID }
            state.stack[state.stack.count - 1] = .client(screen)
            effects.append(.loadClient(id: clientID))
        }
        // A screen the session was opened from (a Timeline cell) shows what the session wrote.
        if case let .component(screen)? = state.stack.last {
            effects += sendToComponent(&state, id: screen.id) { $0.uncovered() }
        }
        keepSelectionsVisible(&state)
        return effects
    }

    /// Saves the open session's drafts before anything that might end or hide the work.
    static func flushEffects(_ state: AppState) -> [Effect] {
        var effects: [Effect] = state.openSession.map { [.flushSession($0)] } ?? []
        for entry in state.stack { if case let .component(screen) = entry { effects.append(.flushComponent(screen)) } }
        return effects
    }

    /// A flush's or a late effect's answer for a session not on top: a save's answer still
    /// reaches the session under a hosted screen (an episode being added), so its drafts know
    /// what the store holds, and an error reaches the status line, so a failed save is never silent.
    static func sessionAnswerWithoutScreen(_ state: inout AppState, _ input: SessionScreenInput) {
        switch input {
        case .saved, .saveFailed:
            if let index = state.stack.lastIndex(where: { if case .session = $0 { return true }; return false }),
               case var .session(screen) = state.stack[index] {
                state.stack.remove(at: index)
                _ = SessionScreen.update(&screen, input)
                state.stack.insert(.session(screen), at: index)
            }
            if case let .saveFailed(_, _, fault) = input { state.status = StatusMessage(fault.headline, kind: .error) }
        case let .failed(message):
            state.status = StatusMessage(message, kind: .error)
        default:
            break
        }
    }
}
