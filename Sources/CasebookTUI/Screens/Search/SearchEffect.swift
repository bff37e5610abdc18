import CasebookCore

/// Store work the search screen asks for.
public enum SearchEffect: Sendable, Equatable {
    case search(SearchQuery, generation: Int)
    /// Find the hit's match in the full note text, to open the session there.
    case locate(SearchHit)
}
