import CasebookCore

/// Lines of a note as lists and previews show them: inline `#tags` taken out (lists show them
/// as chips), spaces tidied. The note itself is never changed.
public enum NoteExcerpt {
    /// The first non-empty lines, without their inline tags.
    public static func lines(_ note: String, count: Int) -> [String] {
        var result: [String] = []
        for raw in note.split(whereSeparator: \.isNewline) where result.count < count {
            let line = withoutTags(String(raw))
            if !line.isEmpty { result.append(line) }
        }
        return result
    }

    /// The line with each inline tag (as the parser finds it, `?`/`!` included) removed, and
    /// brackets left empty by that removed too.
    static func withoutTags(_ line: String) -> String {
        let tags = InlineTagParser.parse(line)
        guard !tags.isEmpty else { return line.trimmingCharacters(in: .whitespaces) }
        var scalars = Array(line.unicodeScalars)
        for tag in tags.sorted(by: { $0.span.lowerBound > $1.span.lowerBound }) where tag.span.upperBound <= scalars.count {
            scalars.removeSubrange(tag.span)
        }
        var text = String(String.UnicodeScalarView(scalars))
        for empty in ["()", "[]"] { text = text.replacingOccurrences(of: empty, with: "") }
        while text.contains("  ") { text = text.replacingOccurrences(of: "  ", with: " ") }
        for mark in [" .", " ,", " ;", " :", " !", " ?"] { text = text.replacingOccurrences(of: mark, with: String(mark.dropFirst())) }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
