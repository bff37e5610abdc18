/// The tabs of the Client screen, in the order they are shown and numbered (1–6).
public enum ClientTab: Int, CaseIterable, Hashable, Sendable {
    case sessions
    case formulation
    case episodes
    case measures
    case timeline
    case supervision

    public var title: String {
        switch self {
        case .sessions: return "Sessions"
        case .formulation: return "Formulation"
        case .episodes: return "Episodes"
        case .measures: return "Measures"
        case .timeline: return "Timeline"
        case .supervision: return "Supervision"
        }
    }

    /// What the tab will hold, for tabs whose feature arrives with a later part of Casebook.
    /// Said plainly, with nothing invented to fill the space.
    public var notYetAvailable: String? {
        switch self {
        case .sessions: return nil
        case .formulation: return "The formulation editor comes in a later version of Casebook."
        case .episodes: return "Relationship episodes (CCRT scoring) come in a later version of Casebook."
        case .measures: return "Measures (PHQ-9, GAD-7 and custom scores) come in a later version of Casebook."
        case .timeline: return "The timeline grid comes in a later version; `casebook timeline CLIENT` prints it now."
        case .supervision: return "Supervision prep comes in a later version; `casebook brief CLIENT` writes a brief now."
        }
    }
}
