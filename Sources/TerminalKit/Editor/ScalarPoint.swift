/// A place in the text as a line and a Unicode scalar offset inside it. Undo records use this
/// rather than grapheme indices because an edit can merge graphemes across its edges
/// (a combining accent typed after a letter), and undo must remove exactly what was inserted.
struct ScalarPoint: Hashable, Sendable {
    var line: Int
    var scalar: Int
}

extension String {
    /// Where text ends when inserted at `start`.
    func editorEndPoint(from start: ScalarPoint) -> ScalarPoint {
        var line = start.line
        var scalar = start.scalar
        for s in unicodeScalars {
            if s == "\n" { line += 1; scalar = 0 } else { scalar += 1 }
        }
        return ScalarPoint(line: line, scalar: scalar)
    }
}
