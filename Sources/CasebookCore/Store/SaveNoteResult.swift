/// What a note save did, so the editor can show it: whether a revision was kept, and for the
/// process note how the inline observations changed and which `#slugs` did not resolve.
public struct SaveNoteResult: Hashable, Sendable {
    /// The text differed from what was stored.
    public var changed: Bool
    /// The previous text was kept as a new revision.
    public var revisionCreated: Bool
    public var inline: InlineSyncResult

    public init(changed: Bool, revisionCreated: Bool, inline: InlineSyncResult = InlineSyncResult()) {
        self.changed = changed
        self.revisionCreated = revisionCreated
        self.inline = inline
    }

    /// `#slugs` in the note that match no code; never dropped, shown until accepted or fixed.
    public var unknownSlugs: [UnresolvedInlineTag] { inline.unknown }
    /// `#slugs` that match codes in several categories; `#category/slug` settles them.
    public var ambiguousSlugs: [UnresolvedInlineTag] { inline.ambiguous }
}
