/// The tabs of the Client screen. Sessions is drawn in place; the others open their own screen
/// with Enter (Esc comes back here).
public enum ClientTab: Int, CaseIterable, Hashable, Sendable {
    case sessions
    case formulation
    case figures
    case episodes
    case measures
    case timeline
    case patterns
    case dreams
    case supervision

    public var title: String {
        switch self {
        case .sessions: return "Sessions"
        case .formulation: return "Formulation"
        case .figures: return "Figures"
        case .episodes: return "Episodes"
        case .measures: return "Measures"
        case .timeline: return "Timeline"
        case .patterns: return "Patterns"
        case .dreams: return "Dreams"
        case .supervision: return "Supervision"
        }
    }

    /// What the tab holds, shown on the Client screen until Enter opens it.
    public var summary: String? {
        switch self {
        case .sessions: return nil
        case .formulation: return "Presenting problem, core conflict, CCRT summary, defensive style, development, treatment goals."
        case .figures: return "The significant people in the client's life: roles and names (names become roles in exports)."
        case .episodes: return "CCRT relationship episodes: figure, narrative, wish, response of other and of self."
        case .measures: return "PHQ-9, GAD-7 and custom scores per session, with severity bands and a chart."
        case .timeline: return "Every code over every session, shaded by intensity, with the ODF line and the evidence."
        case .patterns: return "Recurrence, co-occurrence, the defense profile and its shift, CCRT pervasiveness."
        case .dreams: return "Dreams and memories, session by session, with their text."
        case .supervision: return "Flag sessions and observations, write questions, preview and export the de-identified brief."
        }
    }

    /// The screen Enter opens for this tab.
    func component(clientID: Int64) -> ComponentKind? {
        switch self {
        case .sessions: return nil
        case .formulation: return .formulation(clientID: clientID)
        case .figures: return .figures(clientID: clientID)
        case .episodes: return .episodes(clientID: clientID)
        case .measures: return .measures(clientID: clientID)
        case .timeline: return .timeline(clientID: clientID)
        case .patterns: return .patterns(clientID: clientID)
        case .dreams: return .dreams(clientID: clientID)
        case .supervision: return .supervision(clientID: clientID)
        }
    }
}
