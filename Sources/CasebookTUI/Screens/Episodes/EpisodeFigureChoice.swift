/// Who the other person of an episode is.
public enum EpisodeFigureChoice: Sendable, Equatable {
    case therapist
    case figure(Int64)
    /// A figure typed during the flow, created with the episode.
    case newFigure(role: String)
}
