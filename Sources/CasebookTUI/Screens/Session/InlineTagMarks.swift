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
    /// untouched apart from the shift.
    mutating func replaceLine(start lineStart: Int, oldLength: Int, with lineText: String, revision: Int) {
        let oldEnd = lineStart + oldLength
        let delta = lineText.unicodeScalars.count - oldLength
        var before: [Mark] = [], after: [Mark] = []
        for mark in marks {
            if mark.span.lowerBound < lineStart {
                before.append(mark)
            } else if mark.span.lowerBound > oldEnd {
                var moved = mark
                moved.span = (mark.span.lowerBound + delta)..<(mark.span.upperBound + delta)
                after.append(moved)
            }
        }
        marks = before + Self.parse(lineText, offset: lineStart) + after
        self.revision = revision
    }
}
