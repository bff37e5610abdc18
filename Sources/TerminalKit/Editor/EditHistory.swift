/// A place in the text as a line and a Unicode scalar offset inside it. Undo records use this
/// rather than grapheme indices because an edit can merge graphemes across its edges
/// (a combining accent typed after a letter), and undo must remove exactly what was inserted.
struct ScalarPoint: Hashable, Sendable {
    var line: Int
    var scalar: Int
}

/// One reversible edit: at `start`, `removed` was replaced by `inserted`.
struct EditRecord: Sendable {
    enum Kind: Sendable { case typing, deleteBackward, deleteForward, other }
    var kind: Kind
    var start: ScalarPoint
    var removed: String
    var inserted: String
    var cursorBefore: ScalarPoint
    var cursorAfter: ScalarPoint
    /// A sealed record takes no more keystrokes: the user moved, undid, or finished a word.
    var sealed = false
}

/// Undo and redo stacks. Bounded so a long session cannot grow memory without limit.
struct EditHistory: Sendable {
    static let limit = 2_000
    var undoStack: [EditRecord] = []
    var redoStack: [EditRecord] = []

    mutating func push(_ record: EditRecord) {
        redoStack.removeAll()
        undoStack.append(record)
        if undoStack.count > Self.limit { undoStack.removeFirst(undoStack.count - Self.limit) }
    }

    mutating func seal() {
        if !undoStack.isEmpty { undoStack[undoStack.count - 1].sealed = true }
    }
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
