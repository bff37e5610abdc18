/// A `#slug` found in a process note (SPEC §4).
///
/// Spans are in Unicode scalar offsets from the start of the note (`text.unicodeScalars`),
/// half-open. Scalars are stable across platforms and languages (Python's `str` indexes the same way).
public struct InlineTag: Hashable, Sendable {
    /// The category written before a slash (`#defense/humor`), or nil for a bare `#humor`.
    public var category: String?
    /// The slug, lowercased as written.
    public var slug: String
    /// 1 for a trailing `?`, 3 for `!`, 2 otherwise.
    public var intensity: Int
    /// The tag token itself, `#` through its intensity mark.
    public var span: Range<Int>
    /// The sentence the tag stands in.
    public var sentenceSpan: Range<Int>
    /// The sentence text with the inline tags removed and whitespace tidied: the evidence.
    public var evidence: String

    public init(category: String?, slug: String, intensity: Int, span: Range<Int>, sentenceSpan: Range<Int>, evidence: String) {
        self.category = category
        self.slug = slug
        self.intensity = intensity
        self.span = span
        self.sentenceSpan = sentenceSpan
        self.evidence = evidence
    }
}

extension InlineTag {
    /// The written category as a known `TagCategory`, nil when there was none or it is not one
    /// (the store then shows the tag as unknown instead of guessing).
    public var tagCategory: TagCategory? { category.flatMap(TagCategory.init(rawValue:)) }
}
