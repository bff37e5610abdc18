extension AppUpdate {
    /// The Client screen reads its rows' details for the pages around the screen after whatever
    /// moved it (a key, a resize, a load), and on the clock asks whether the store moved since its
    /// load (a save, `casebook note` in another terminal), so what it shows is never stale.
    static func clientScreenEffects(_ state: inout AppState, after event: AppEvent) -> [Effect] {
        guard case var .client(screen)? = state.stack.last, let detail = screen.detail else { return [] }
        var effects: [Effect] = []
        let ids = screen.takeRowsToRead(height: ScreenGeometry.sessionRows(state.size))
        if !ids.isEmpty {
            state.stack[state.stack.count - 1] = .client(screen)
            effects.append(.loadSessionDetails(clientID: detail.id, ids: ids, mark: detail.mark))
        }
        if case .tick = event, !state.isLocked {
            effects.append(.refreshClient(id: detail.id, mark: detail.mark))
        }
        return effects
    }
}
