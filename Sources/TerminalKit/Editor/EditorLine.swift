/// One logical line of a note (no newline), with its graphemes kept as an array so that the
/// cursor, moves and drawing index it directly instead of walking the whole line's string.
struct EditorLine: Sendable {
    let text: String
    let characters: [Character]
    let scalarCount: Int
    /// Wrap layout for the last width asked; a new line value (after an edit) starts without one,
    /// which is how an edit invalidates exactly the edited line.
    var cachedLayout: LineLayout?

    init(_ text: String) {
        self.text = text
        self.characters = Array(text)
        self.scalarCount = text.unicodeScalars.count
    }

    /// A line whose text starts with the first `kept` graphemes of `previous` (spanning
    /// `keptScalars` scalars) followed by `rest`. Grapheme boundaries before an edit cannot move,
    /// so only `rest` is segmented again: typing at the end of a long line stays cheap.
    init(keeping kept: Int, scalars keptScalars: Int, of previous: EditorLine, then rest: String) {
        var text = String(previous.slice(scalars: 0..<keptScalars))
        text += rest
        self.text = text
        var characters = Array(previous.characters[0..<kept])
        characters.append(contentsOf: rest)
        self.characters = characters
        self.scalarCount = keptScalars + rest.unicodeScalars.count
    }

    /// Scalar offset in this line of grapheme index `g`.
    func scalarOffset(ofGrapheme g: Int) -> Int {
        if g >= characters.count { return scalarCount }
        if g * 2 > characters.count {
            var offset = scalarCount
            for k in stride(from: characters.count - 1, through: g, by: -1) {
                offset -= characters[k].unicodeScalars.count
            }
            return offset
        }
        var offset = 0
        for k in 0..<g { offset += characters[k].unicodeScalars.count }
        return offset
    }

    /// Grapheme index of a scalar offset; an offset inside a grapheme goes to its end when
    /// `roundingUp`, to its start otherwise.
    func graphemeIndex(ofScalar scalar: Int, roundingUp: Bool) -> Int {
        if scalar <= 0 { return 0 }
        if scalar >= scalarCount { return characters.count }
        if scalar * 2 > scalarCount {
            var offset = scalarCount
            for k in stride(from: characters.count - 1, through: 0, by: -1) {
                let start = offset - characters[k].unicodeScalars.count
                if scalar == start { return k }
                if scalar > start { return roundingUp ? k + 1 : k }
                offset = start
            }
            return 0
        }
        var offset = 0
        for (k, c) in characters.enumerated() {
            let next = offset + c.unicodeScalars.count
            if scalar == offset { return k }
            if scalar < next { return roundingUp ? k + 1 : k }
            offset = next
        }
        return characters.count
    }

    /// The line's text between two scalar offsets.
    func slice(scalars range: Range<Int>) -> Substring.UnicodeScalarView {
        let view = text.unicodeScalars
        let lower = view.index(view.startIndex, offsetBy: range.lowerBound)
        let upper = view.index(lower, offsetBy: range.count)
        return view[lower..<upper]
    }

    mutating func layout(width: Int) -> LineLayout {
        if let cached = cachedLayout, cached.width == max(1, width) { return cached }
        let fresh = LineLayout(characters: characters, width: width)
        cachedLayout = fresh
        return fresh
    }
}
