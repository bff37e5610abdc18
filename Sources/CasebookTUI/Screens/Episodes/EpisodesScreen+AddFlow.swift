import CasebookCore
import TerminalKit

extension EpisodesScreen {
    /// Moves the flow to `step`, with its picker filled and the current choice preselected.
    static func enter(_ step: EpisodeDraft.Step, _ state: inout EpisodesState) {
        guard var draft = state.draft else { return }
        draft.step = step
        draft.error = nil
        draft.confirmingDiscard = false
        var items: [FuzzyPickerItem] = []
        var current: String?
        switch step {
        case .session:
            items = state.sessions.reversed().compactMap { s in
                s.id.map { FuzzyPickerItem(id: "\($0)", label: "Session \(s.number) · \(CaseworkFormat.day(s.startedAt))", detail: s.attendance.rawValue) }
            }
            current = draft.sessionID.map { "\($0)" }
        case .figure:
            items = [FuzzyPickerItem(id: EpisodeDraft.therapistID, label: "therapist", detail: "in the room")]
                + state.figures.compactMap { f in f.id.map { FuzzyPickerItem(id: "\($0)", label: f.role) } }
                + [FuzzyPickerItem(id: EpisodeDraft.newFigureID, label: "new figure…", detail: "type a role")]
            switch draft.figure {
            case .therapist: current = EpisodeDraft.therapistID
            case .figure(let id): current = "\(id)"
            case .newFigure: current = EpisodeDraft.newFigureID
            case nil: current = nil
            }
        case .wish, .responseOfOther, .responseOfSelf:
            let (codes, chosen): ([Tag], Int64?) = switch step {
            case .wish: (state.wishes, draft.wishTagID)
            case .responseOfOther: (state.responsesOfOther, draft.roTagID)
            default: (state.responsesOfSelf, draft.rsTagID)
            }
            items = [FuzzyPickerItem(id: EpisodeDraft.skipID, label: "— skip —", detail: "not scored")]
                + codes.compactMap { t in t.id.map { FuzzyPickerItem(id: "\($0)", label: t.name) } }
            current = chosen.map { "\($0)" }
        case .newFigure, .narrative:
            draft.picker = nil
            state.draft = draft
            return
        }
        var picker = FuzzyPickerState(items: items)
        if let current, let index = picker.matches.firstIndex(where: { $0.item.id == current }) {
            for _ in 0..<index { picker.selectNext() }
        }
        draft.picker = picker
        state.draft = draft
    }

    static func previous(_ step: EpisodeDraft.Step, _ draft: EpisodeDraft) -> EpisodeDraft.Step? {
        guard step != draft.firstStep else { return nil }
        switch step {
        case .session: return nil
        case .figure: return .session
        case .newFigure: return .figure
        case .narrative: if case .newFigure = draft.figure { return .newFigure } else { return .figure }
        case .wish: return .narrative
        case .responseOfOther: return .wish
        case .responseOfSelf: return .responseOfOther
        }
    }

    static func leaveFlow(_ state: inout EpisodesState) {
        state.draft = nil
        if state.closeAfterAdd { state.request = .close }
    }

    static func flowKey(_ state: inout EpisodesState, _ event: KeyEvent) -> [EpisodesEffect] {
        guard var draft = state.draft else { return [] }
        if event.key == .escape {
            if let back = previous(draft.step, draft) {
                enter(back, &state)
            } else if !draft.narrative.text.isEmpty && !draft.confirmingDiscard {
                draft.confirmingDiscard = true
                draft.error = "Esc again drops this episode and its narrative; any other key keeps it."
                state.draft = draft
            } else {
                leaveFlow(&state)
            }
            return []
        }
        draft.confirmingDiscard = false
        draft.error = nil
        switch draft.step {
        case .narrative:
            if event.key == .enter || event.key == .tab {
                state.draft = draft
                enter(.wish, &state)
                return []
            }
            CaseworkEditorKeys.apply(event, to: &draft.narrative, enterInsertsNewline: false)
            state.draft = draft
            return []
        case .newFigure:
            if event.key == .enter {
                let role = draft.newFigureRole.text.trimmingCharacters(in: .whitespaces)
                guard !role.isEmpty else {
                    draft.error = "Type the figure's role (mother, partner, boss…); the name can be added in Figures."
                    state.draft = draft
                    return []
                }
                draft.figure = .newFigure(role: role)
                state.draft = draft
                enter(.narrative, &state)
                return []
            }
            CaseworkInputKeys.apply(event, to: &draft.newFigureRole)
            state.draft = draft
            return []
        case .responseOfOther, .responseOfSelf:
            // "-" also belongs in queries ("self-controlled"), so it marks the sign only before typing.
            let emptyQuery = draft.picker?.query.isEmpty ?? true
            if event.key == .character("+") || (event.key == .character("-") && emptyQuery) {
                let positive = event.key == .character("+")
                if draft.step == .responseOfOther { draft.roPositive = positive } else { draft.rsPositive = positive }
                state.draft = draft
                return []
            }
        default:
            break
        }
        guard var picker = draft.picker else { return [] }
        if event.key == .tab, [.wish, .responseOfOther, .responseOfSelf].contains(draft.step) {
            state.draft = draft
            return choose(FuzzyPickerItem(id: EpisodeDraft.skipID, label: ""), &state)
        }
        switch CaseworkPickerKeys.apply(event, to: &picker) {
        case .chose(let item):
            draft.picker = picker
            state.draft = draft
            return choose(item, &state)
        case .handled, .ignored, .cancelled:
            draft.picker = picker
            state.draft = draft
            return []
        }
    }

    static func choose(_ item: FuzzyPickerItem, _ state: inout EpisodesState) -> [EpisodesEffect] {
        guard var draft = state.draft else { return [] }
        let tagID = item.id == EpisodeDraft.skipID ? nil : Int64(item.id)
        switch draft.step {
        case .session:
            draft.sessionID = Int64(item.id)
            state.draft = draft
            enter(.figure, &state)
        case .figure:
            switch item.id {
            case EpisodeDraft.therapistID: draft.figure = .therapist
            case EpisodeDraft.newFigureID:
                state.draft = draft
                enter(.newFigure, &state)
                return []
            default: draft.figure = Int64(item.id).map(EpisodeFigureChoice.figure)
            }
            state.draft = draft
            enter(.narrative, &state)
        case .wish:
            draft.wishTagID = tagID
            state.draft = draft
            enter(.responseOfOther, &state)
        case .responseOfOther:
            draft.roTagID = tagID
            state.draft = draft
            enter(.responseOfSelf, &state)
        case .responseOfSelf:
            draft.rsTagID = tagID
            return finish(draft, &state)
        case .newFigure, .narrative:
            break
        }
        return []
    }

    static func finish(_ draft: EpisodeDraft, _ state: inout EpisodesState) -> [EpisodesEffect] {
        guard let sessionID = draft.sessionID else { return [] }
        var figureID: Int64?
        var role: String?
        switch draft.figure {
        case .figure(let id): figureID = id
        case .newFigure(let typed): role = typed
        case .therapist, nil: break
        }
        let episode = RelationshipEpisode(
            sessionID: sessionID, figureID: figureID, narrative: draft.narrative.text, wishTagID: draft.wishTagID,
            roTagID: draft.roTagID, rsTagID: draft.rsTagID, roPositive: draft.roPositive, rsPositive: draft.rsPositive)
        state.draft = nil
        return [.add(clientID: state.clientID, episode: episode, newFigureRole: role)]
    }

    static func flowPaste(_ state: inout EpisodesState, _ text: String) {
        guard var draft = state.draft else { return }
        switch draft.step {
        case .narrative: draft.narrative.insert(text)
        case .newFigure: CaseworkInputKeys.paste(text, into: &draft.newFigureRole)
        default: draft.picker?.insert(text.replacingOccurrences(of: "\n", with: " "))
        }
        state.draft = draft
    }
}
