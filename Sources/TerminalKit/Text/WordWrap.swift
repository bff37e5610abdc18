/// One display line produced by wrapping: where it sits in the source text and how wide it is.
///
/// Ranges cover the text shown on the line; the spaces a line was broken at, and the newline
/// ending a paragraph, fall between ranges. A cursor on such a space belongs at the end of
/// the line before it.
public struct WrappedLine: Hashable, Sendable {
    /// The range in the source string.
    public var range: Range<String.Index>
    /// The same range counted in graphemes (Characters) from the start of the source.
    public var graphemeRange: Range<Int>
    /// Display columns used by the line's text.
    public var width: Int
}

/// Word wrapping by display width, the way a reader expects: breaks at spaces, a word longer
/// than the line is hard-broken, graphemes are never split, and newlines start a new line.
public enum WordWrap {
    /// The display lines of `text` wrapped to `width` columns. An empty text gives one empty line.
    public static func lines(of text: String, width: Int) -> [WrappedLine] {
        let graphemes = Array(text)
        var indices: [String.Index] = []
        indices.reserveCapacity(graphemes.count + 1)
        var i = text.startIndex
        while i < text.endIndex {
            indices.append(i)
            i = text.index(after: i)
        }
        indices.append(text.endIndex)
        let widths = graphemes.map { isNewline($0) ? 0 : displayWidth(of: $0) }
        return wrap(graphemes: graphemes, widths: widths, width: width).map { r in
            WrappedLine(range: indices[r.lowerBound]..<indices[r.upperBound], graphemeRange: r,
                        width: widths[r].reduce(0, +))
        }
    }

    /// The (line, column) where a cursor before grapheme `offset` appears, columns in display cells.
    public static func location(ofGraphemeOffset offset: Int, in lines: [WrappedLine], text: String) -> (line: Int, column: Int) {
        guard !lines.isEmpty else { return (0, 0) }
        var lineIndex = lines.count - 1
        for n in lines.indices {
            let nextStart = n + 1 < lines.count ? lines[n + 1].graphemeRange.lowerBound : Int.max
            if offset < nextStart { lineIndex = n; break }
        }
        let line = lines[lineIndex]
        let upTo = min(max(offset, line.graphemeRange.lowerBound), line.graphemeRange.upperBound)
        let graphemes = Array(text)
        let column = graphemes[line.graphemeRange.lowerBound..<upTo].reduce(0) { $0 + displayWidth(of: $1) }
        return (lineIndex, column)
    }

    static func isNewline(_ g: Character) -> Bool { g == "\n" || g == "\r\n" || g == "\r" }

    /// The core: grapheme offset ranges of each display line.
    static func wrap(graphemes: [Character], widths: [Int], width: Int) -> [Range<Int>] {
        let limit = max(1, width)
        var result: [Range<Int>] = []
        var start = 0
        var used = 0
        var lastSpace: Int? = nil  // index of a space in the current line we may break at
        var i = 0
        while i < graphemes.count {
            let g = graphemes[i]
            if isNewline(g) {
                result.append(start..<i)
                i += 1
                start = i; used = 0; lastSpace = nil
                continue
            }
            let w = widths[i]
            if used + w <= limit || i == start {
                if g == " " { lastSpace = i }
                used += w
                i += 1
                continue
            }
            if g == " " {
                result.append(start..<trimTrailingSpaces(graphemes, start, i))
                while i < graphemes.count && graphemes[i] == " " { i += 1 }
                start = i
            } else if let space = lastSpace, trimTrailingSpaces(graphemes, start, space) > start {
                result.append(start..<trimTrailingSpaces(graphemes, start, space))
                var next = space
                while next < graphemes.count && graphemes[next] == " " { next += 1 }
                start = next
                i = next
            } else {
                result.append(start..<i)
                start = i
            }
            used = 0; lastSpace = nil
        }
        result.append(start..<graphemes.count)
        return result
    }

    private static func trimTrailingSpaces(_ g: [Character], _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start && g[e - 1] == " " { e -= 1 }
        return e
    }
}
