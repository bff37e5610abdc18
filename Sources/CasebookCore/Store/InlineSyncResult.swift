/// How saving a process note changed its inline observations.
public struct InlineSyncResult: Hashable, Sendable {
    public var added: Int
    public var updated: Int
    public var removed: Int
    public var unknown: [UnresolvedInlineTag]
    public var ambiguous: [UnresolvedInlineTag]

    public init(
        added: Int = 0, updated: Int = 0, removed: Int = 0, unknown: [UnresolvedInlineTag] = [],
        ambiguous: [UnresolvedInlineTag] = []
    ) {
        self.added = added
        self.updated = updated
        self.removed = removed
        self.unknown = unknown
        self.ambiguous = ambiguous
    }
}

/// An inline tag the codebook could not settle, with where it stands in the note.
public struct UnresolvedInlineTag: Hashable, Sendable {
    public var tag: InlineTag
    /// For an ambiguous tag, the codes it could mean.
    public var candidates: [Tag]

    public init(tag: InlineTag, candidates: [Tag] = []) {
        self.tag = tag
        self.candidates = candidates
    }

    /// As written, without `#` or intensity mark: `humor` or `defense/humor`.
    public var written: String { tag.category.map { "\($0)/\(tag.slug)" } ?? tag.slug }
}
