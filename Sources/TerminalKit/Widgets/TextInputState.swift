/// The editable content of a one-line input: text, a cursor between graphemes, and the
/// horizontal scroll that keeps the cursor on screen.
public struct TextInputState: Hashable, Sendable {
    public private(set) var graphemes: [Character]
    /// Cursor position in graphemes from the start (0...count).
    public private(set) var cursor: Int
    /// The first display column shown; adjusted by rendering so the cursor stays visible.
    public var scroll: Int = 0
    /// Where the terminal cursor should be placed after the last render, if it was visible.
    public var cursorPosition: Position?

    public init(text: String = "") {
        self.graphemes = Array(text)
        self.cursor = graphemes.count
    }

    public var text: String {
        get { String(graphemes) }
        set { graphemes = Array(newValue); cursor = min(cursor, graphemes.count) }
    }

    public var isEmpty: Bool { graphemes.isEmpty }

    public mutating func insert(_ string: String) {
        let new = Array(string)
        graphemes.insert(contentsOf: new, at: cursor)
        // Re-cluster: inserting a combining mark joins the grapheme before it.
        let before = String(graphemes[..<(cursor + new.count)])
        let rebuilt = Array(String(graphemes))
        cursor = min(Array(before).count, rebuilt.count)
        graphemes = rebuilt
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        graphemes.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < graphemes.count else { return }
        graphemes.remove(at: cursor)
    }

    /// Deletes from the cursor back to the start of the previous word (like Ctrl-W).
    public mutating func deleteWordBackward() {
        let start = wordStart(before: cursor)
        graphemes.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Deletes from the cursor to the end of the line (like Ctrl-K).
    public mutating func deleteToEnd() { graphemes.removeSubrange(cursor...) }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(graphemes.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = graphemes.count }
    public mutating func moveWordLeft() { cursor = wordStart(before: cursor) }

    public mutating func moveWordRight() {
        var i = cursor
        while i < graphemes.count && graphemes[i].isWhitespace { i += 1 }
        while i < graphemes.count && !graphemes[i].isWhitespace { i += 1 }
        cursor = i
    }

    public mutating func setCursor(_ offset: Int) { cursor = max(0, min(graphemes.count, offset)) }

    /// Display column of the cursor from the start of the text.
    public var cursorColumn: Int { graphemes[..<cursor].reduce(0) { $0 + displayWidth(of: $1) } }

    private func wordStart(before offset: Int) -> Int {
        var i = offset
        while i > 0 && graphemes[i - 1].isWhitespace { i -= 1 }
        while i > 0 && !graphemes[i - 1].isWhitespace { i -= 1 }
        return i
    }
}
