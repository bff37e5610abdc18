import CasebookCore
import Foundation
import TerminalKit

/// The Episodes tab of a client: CCRT relationship episodes by session, added in a few keys.
public enum EpisodesScreen {
    public static func open(clientID: Int64, store: CaseStore, now: Date) throws -> EpisodesState {
        var codes: [Tag] = []
        for category in [TagCategory.ccrtWish, .ccrtRO, .ccrtRS] {
            codes += try store.tags(category: category, includeArchived: true).map(\.tag)
        }
        return EpisodesState(clientID: clientID, sessions: try store.sessions(clientID: clientID),
                             figures: try store.figures(clientID: clientID),
                             episodes: try store.episodes(clientID: clientID), codes: codes)
    }

    /// Opens the tab straight into "add an episode" for one session, as the Session screen
    /// asks; the screen asks to close once the episode is added or the flow is left.
    public static func openAdd(sessionID: Int64, store: CaseStore, now: Date) throws -> EpisodesState {
        guard let session = try store.session(id: sessionID) else { throw StoreError.sessionNotFound(sessionID) }
        var state = try open(clientID: session.clientID, store: store, now: now)
        state.closeAfterAdd = true
        state.draft = EpisodeDraft(step: .figure, sessionID: sessionID)
        enter(.figure, &state)
        return state
    }

    public static func update(_ state: inout EpisodesState, _ input: EpisodesInput) -> [EpisodesEffect] {
        switch input {
        case .key(let event):
            if state.draft != nil { return flowKey(&state, event) }
            if let id = state.confirmingRemoval {
                switch event.key {
                case .character("y"), .enter:
                    state.confirmingRemoval = nil
                    return [.remove(clientID: state.clientID, episodeID: id)]
                case .character("n"), .escape, .character("q"):
                    state.confirmingRemoval = nil
                default:
                    break
                }
                return []
            }
            return listKey(&state, event)
        case .paste(let text):
            flowPaste(&state, text)
            return []
        case .tick:
            return []
        case .loaded(let sessions, let figures, let episodes):
            let id = state.selectedEpisode?.id
            state.sessions = sessions
            state.figures = figures
            state.episodes = episodes
            state.selected = episodes.firstIndex { $0.id == id } ?? (episodes.isEmpty ? nil : min(state.selected ?? 0, episodes.count - 1))
            return []
        case .added(let episode):
            state.selected = state.episodes.firstIndex { $0.id == episode.id } ?? state.selected
            let number = state.session(id: episode.sessionID).map { " to session \($0.number)" } ?? ""
            state.request = state.closeAfterAdd ? .close : .status("Episode added\(number): \(labels(episode, state).joined(separator: " · "))")
            return []
        case .removed:
            state.request = .status("Episode removed")
            return []
        case .failed(let message):
            state.request = .status(message)
            return []
        }
    }

    static func listKey(_ state: inout EpisodesState, _ event: KeyEvent) -> [EpisodesEffect] {
        if let move = CaseworkListKeys.move(for: event, pendingG: &state.pendingG) {
            state.selected = CaseworkListKeys.apply(move, to: state.selected, count: state.episodes.count)
            return []
        }
        if CaseworkListKeys.isClose(event) { state.request = .close; return [] }
        guard event.modifiers.isEmpty || event.modifiers == .shift else { return [] }
        switch event.key {
        case .character("a"):
            guard let latest = state.sessions.last?.id else {
                state.request = .status("This client has no session yet; episodes belong to a session, so add one first.")
                return []
            }
            state.draft = EpisodeDraft(step: .session, sessionID: latest)
            enter(.session, &state)
        case .character("d"), .delete:
            state.confirmingRemoval = state.selectedEpisode?.id
        default:
            break
        }
        return []
    }

    public static func run(_ effect: EpisodesEffect, store: CaseStore, now: Date) -> [EpisodesInput] {
        do {
            switch effect {
            case .add(let clientID, var episode, let role):
                if let role { episode.figureID = try store.addFigure(clientID: clientID, role: role).id }
                let saved = try store.addEpisode(episode)
                return [try reload(clientID, store), .added(saved)]
            case .remove(let clientID, let id):
                try store.removeEpisode(id)
                return [try reload(clientID, store), .removed(id)]
            }
        } catch {
            return [.failed("Episode not saved: \(error)")]
        }
    }

    /// Saves an episode still being added when its narrative has text, with whatever is scored
    /// so far, for the shell to call before quitting or suspending: a typed narrative is never lost.
    public static func flush(_ state: inout EpisodesState, store: CaseStore, now: Date) {
        guard let draft = state.draft, !draft.narrative.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        for effect in finish(draft, &state) {
            for input in run(effect, store: store, now: now) { _ = update(&state, input) }
        }
    }

    static func reload(_ clientID: Int64, _ store: CaseStore) throws -> EpisodesInput {
        .loaded(sessions: try store.sessions(clientID: clientID), figures: try store.figures(clientID: clientID),
                episodes: try store.episodes(clientID: clientID))
    }

    /// "W …", "RO− …", "RS+ …" for the parts an episode has.
    static func labels(_ episode: RelationshipEpisode, _ state: EpisodesState) -> [String] {
        var parts: [String] = []
        if let id = episode.wishTagID { parts.append("W " + (state.tags[id]?.name ?? "#\(id)")) }
        if let id = episode.roTagID { parts.append("RO\(sign(episode.roPositive)) " + (state.tags[id]?.name ?? "#\(id)")) }
        if let id = episode.rsTagID { parts.append("RS\(sign(episode.rsPositive)) " + (state.tags[id]?.name ?? "#\(id)")) }
        return parts
    }

    static func sign(_ positive: Bool) -> String { positive ? "+" : "−" }

    public static func keyHints(_ state: EpisodesState) -> [ScreenKeyHint] {
        if let draft = state.draft {
            switch draft.step {
            case .narrative, .newFigure: return [ScreenKeyHint("Enter", "next"), ScreenKeyHint("Esc", "back")]
            case .responseOfOther, .responseOfSelf:
                return [ScreenKeyHint("Enter", "pick"), ScreenKeyHint("+/-", "positive/negative (- before typing)"), ScreenKeyHint("Tab", "skip"), ScreenKeyHint("Esc", "back")]
            case .wish: return [ScreenKeyHint("Enter", "pick"), ScreenKeyHint("Tab", "skip"), ScreenKeyHint("Esc", "back")]
            case .session, .figure: return [ScreenKeyHint("Enter", "pick"), ScreenKeyHint("Esc", "back")]
            }
        }
        if state.confirmingRemoval != nil { return [ScreenKeyHint("y", "remove"), ScreenKeyHint("n", "keep")] }
        return actions + [ScreenKeyHint("j/k", "move"), ScreenKeyHint("Esc", "back")]
    }

    public static func isEditingText(_ state: EpisodesState) -> Bool { state.draft != nil }

    public static var actions: [ScreenKeyHint] {
        [ScreenKeyHint("a", "add relationship episode"), ScreenKeyHint("d", "remove relationship episode")]
    }
}
