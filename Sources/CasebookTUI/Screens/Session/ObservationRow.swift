import CasebookCore

/// One row of the observations pane: a stored observation, or a `#slug` of the note the
/// codebook could not settle (never dropped: shown until accepted or fixed).
public enum ObservationRow: Hashable, Sendable {
    case observation(ObservationDetail)
    case unknown(UnresolvedInlineTag)
    case ambiguous(UnresolvedInlineTag)
}
