/// What a written `#slug` or `#category/slug` means in the codebook.
public enum SlugResolution: Hashable, Sendable {
    case tag(Tag)
    /// Several codes share the slug across categories; `#category/slug` picks one.
    case ambiguous([Tag])
    case unknown
}
