import CasebookCore

/// Where the inline tags of the process note stand, for highlighting. Kept up to date cheaply:
/// an edit inside one line re-parses that line only and shifts the marks after it; any other
/// edit marks the whole set stale and the next tick re-parses the note.
public struct InlineTagMarks: Sendable {
    public struct Mark: Hashable, Sendable {
        /// Unicode scalar offsets of the `#tag` token in the note.
        public var span: Range<Int>
        public var category: String?
        public var slug: String
    }

    public private(set) var marks: [Mark] = []
    /// The editor revision the marks describe.
    public private(set) var revision: Int
    public private(set) var isStale = false

    public init(text: String, revision: Int) {
        self.revision = revision
        marks = Self.parse(text, offset: 0)
    }

    static func parse(_ text: String, offset: Int) -> [Mark] {
        InlineTagParser.parse(text).map {
            Mark(span: ($0.span.lowerBound + offset)..<($0.span.upperBound + offset), category: $0.category, slug: $0.slug)
        }
    }

    mutating func reparse(text: String, revision: Int) {
        marks = Self.parse(text, offset: 0)
        self.revision = revision
        isStale = false
    }

    mutating func markStale() { isStale = true }

    /// A line whose old text ran from `lineStart` for `oldLength` scalars now reads `lineText`.
    /// Tags never cross a line break, so marks starting before the line or after its end are
    /// untouched apart from the shift. Marks are kept in order, so the line's marks are found by
    /// binary search and the rest shifted in place: a keystroke in a note with a thousand tags
    /// copies none of them.
    mutating func replaceLine(start lineStart: Int, oldLength: Int, with lineText: String, revision: Int) {
        let oldEnd = lineStart + oldLength
        let delta = lineText.unicodeScalars.count - oldLength
        let first = firstIndex { $0.span.lowerBound >= lineStart }
        let after = firstIndex { $0.span.lowerBound > oldEnd }
        let fresh = Self.parse(lineText, offset: lineStart)
        if delta != 0 {
            for i in after..<marks.count {
                marks[i].span = (marks[i].span.lowerBound + delta)..<(marks[i].span.upperBound + delta)
            }
        }
        marks.replaceSubrange(first..<after, with: fresh)
        self.revision = revision
    }

    /// The first index whose mark satisfies `isPast` (which must be false, then true, along the marks).
    private func firstIndex(where isPast: (Mark) -> Bool) -> Int {
        var low = 0, high = marks.count
        while low < high {
            let mid = (low + high) / 2
            if isPast(marks[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
