import CasebookCore

/// The store work of the Episodes tab; each reloads the client's episodes afterwards.
public enum EpisodesEffect: Sendable, Equatable {
    /// Adds the episode, first creating the figure when one was typed during the flow.
    case add(clientID: Int64, episode: RelationshipEpisode, newFigureRole: String?)
    case remove(clientID: Int64, episodeID: Int64)
}
