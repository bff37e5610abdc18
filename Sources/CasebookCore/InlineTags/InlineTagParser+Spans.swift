extension InlineTagParser {
    /// Where each inline tag of `scalars` sits, as `parse` would report their `span`s, without
    /// the sentence and evidence work `parse` does: for lists that only take tags out of a line.
    public static func tagSpans(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        findTokens(in: scalars).map(\.span)
    }
}
