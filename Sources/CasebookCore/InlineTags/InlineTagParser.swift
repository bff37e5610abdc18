public enum InlineTagParser {
    /// Every inline tag in `text`, in order. CONTRACT: filled in by the inline-tags work.
    public static func parse(_ text: String) -> [InlineTag] { [] }
}
