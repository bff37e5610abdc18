import CasebookCore

/// The session's observations as the store now has them; nil fields did not change.
public struct ObservationSnapshot: Hashable, Sendable {
    public var observations: [ObservationDetail]
    /// `#slugs` of the process note the codebook does not know, after the last sync.
    public var unknown: [UnresolvedInlineTag]?
    public var ambiguous: [UnresolvedInlineTag]?
    /// The codebook, when it changed (an unknown slug was accepted).
    public var codebook: [Tag]?

    public init(observations: [ObservationDetail], unknown: [UnresolvedInlineTag]? = nil,
                ambiguous: [UnresolvedInlineTag]? = nil, codebook: [Tag]? = nil) {
        self.observations = observations
        self.unknown = unknown
        self.ambiguous = ambiguous
        self.codebook = codebook
    }
}
