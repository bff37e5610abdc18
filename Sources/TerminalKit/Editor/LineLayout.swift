/// Where one logical line breaks into screen rows at a given width.
///
/// Rows break after a run of spaces when the next word does not fit, and inside a word only when
/// the word alone is wider than the row. Spaces may hang past the right edge (they are not drawn),
/// so a row never starts with the space that ended the previous one. A wide grapheme is never split.
struct LineLayout: Sendable, Equatable {
    let width: Int
    /// Grapheme index at which each row starts; the first is always 0.
    let rowStarts: [Int]
    let characterCount: Int

    var rowCount: Int { rowStarts.count }

    init(characters chars: [Character], width requestedWidth: Int) {
        let width = max(1, requestedWidth)
        self.width = width
        self.characterCount = chars.count
        var starts = [0]
        var rowStart = 0
        var column = 0
        var breakAfterSpace = -1
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let w = displayWidth(of: c)
            if c == " " {
                column += w
                breakAfterSpace = i + 1
                i += 1
                continue
            }
            if column + w > width && i > rowStart {
                rowStart = breakAfterSpace > rowStart && breakAfterSpace <= i ? breakAfterSpace : i
                starts.append(rowStart)
                breakAfterSpace = -1
                column = 0
                for k in rowStart..<i { column += displayWidth(of: chars[k]) }
                continue
            }
            column += w
            i += 1
        }
        self.rowStarts = starts
    }

    /// The row a cursor at grapheme index `g` sits on: a cursor at a row's start belongs to that row.
    func row(of g: Int) -> Int {
        var lo = 0, hi = rowStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if rowStarts[mid] <= g { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Graphemes drawn on row `r`.
    func range(ofRow r: Int) -> Range<Int> {
        rowStarts[r]..<(r + 1 < rowStarts.count ? rowStarts[r + 1] : characterCount)
    }

    /// The last cursor index that still belongs to row `r` (the next row's start belongs to it).
    func lastCursorIndex(ofRow r: Int) -> Int {
        r + 1 < rowStarts.count ? max(rowStarts[r], rowStarts[r + 1] - 1) : characterCount
    }
}
