/// De-identified text and the name replacements that produced it.
public struct Redaction: Hashable, Sendable {
    public struct Replacement: Hashable, Sendable {
        /// The name as it was written in the note ("ZOË", "rose").
        public var written: String
        /// What took its place ("AM-014", "[mother]").
        public var replacement: String
        /// The name is also an English word, so this replacement may have hit an ordinary word.
        public var isCommonWord: Bool
        /// Where the replacement sits in `Redaction.text`, in characters (grapheme clusters).
        public var outputRange: Range<Int>
    }

    public var text: String
    public var replacements: [Replacement]

    /// A short stretch of the redacted text around a replacement, for the review checklist.
    public func context(of replacement: Replacement, radius: Int = 30) -> String {
        let characters = Array(text)
        let lower = max(0, replacement.outputRange.lowerBound - radius)
        let upper = min(characters.count, replacement.outputRange.upperBound + radius)
        let snippet = String(characters[lower..<upper])
            .split(whereSeparator: { $0.isNewline }).joined(separator: " ")
        return (lower > 0 ? "…" : "") + snippet + (upper < characters.count ? "…" : "")
    }
}
