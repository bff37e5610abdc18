/// Edits at the cursor, as the keys of the note editor call them.
extension TextEditorState {
    /// Inserts text at the cursor. A single typed grapheme joins the current word's undo step;
    /// anything longer (a paste, possibly many lines) is one undo step of its own.
    public mutating func insert(_ text: String) {
        let normalized = Self.normalizingLineEndings(text)
        guard !normalized.isEmpty else { return }
        if replaceSelection(with: normalized) { return }
        let at = point(of: cursor)
        let typed = normalized.count == 1 && normalized != "\n"
        if !typed { history.seal() }
        edit(from: at, to: at, with: normalized, kind: typed ? .typing : .other)
        if !typed { history.seal() }
    }

    /// Replaces the whole text (the note came back from `$EDITOR`) as one undo step, keeping the
    /// cursor at the same scalar offset where the new text is long enough.
    public mutating func replaceAll(with newText: String) {
        let offset = cursorScalarOffset
        let end = ScalarPoint(line: lines.count - 1, scalar: lines[lines.count - 1].scalarCount)
        let normalized = Self.normalizingLineEndings(newText)
        guard normalized != text else { return }
        history.seal()
        edit(from: ScalarPoint(line: 0, scalar: 0), to: end, with: normalized, kind: .other)
        history.seal()
        setCursor(scalarOffset: min(offset, scalarCount))
    }

    public mutating func insertNewline() {
        if replaceSelection(with: "\n") { return }
        history.seal()
        let at = point(of: cursor)
        edit(from: at, to: at, with: "\n", kind: .other)
        history.seal()
    }

    /// Deletes the grapheme before the cursor, or joins the line with the previous one.
    public mutating func deleteBackward() {
        if deleteSelection() { return }
        let end = point(of: cursor)
        let start: ScalarPoint
        if cursor.column > 0 {
            start = point(of: TextPosition(line: cursor.line, column: cursor.column - 1))
        } else if cursor.line > 0 {
            start = ScalarPoint(line: cursor.line - 1, scalar: lines[cursor.line - 1].scalarCount)
        } else {
            return
        }
        edit(from: start, to: end, with: "", kind: .deleteBackward)
    }

    /// Deletes the grapheme under the cursor, or joins the next line to this one.
    public mutating func deleteForward() {
        if deleteSelection() { return }
        let start = point(of: cursor)
        let end: ScalarPoint
        if cursor.column < lines[cursor.line].characters.count {
            end = point(of: TextPosition(line: cursor.line, column: cursor.column + 1))
        } else if cursor.line + 1 < lines.count {
            end = ScalarPoint(line: cursor.line + 1, scalar: 0)
        } else {
            return
        }
        edit(from: start, to: end, with: "", kind: .deleteForward)
    }

    /// Ctrl-W: deletes back to the start of the word before the cursor, as one undo step.
    public mutating func deleteWordBackward() {
        if deleteSelection() { return }
        let target = wordLeftPosition(from: cursor)
        guard target != cursor else { return }
        history.seal()
        edit(from: point(of: target), to: point(of: cursor), with: "", kind: .other)
        history.seal()
    }

    /// The partial tag being typed just before the cursor, without its marker: `#isol|` gives
    /// "isol", `#` alone gives "". Nil when the cursor is not in such a word. The marker must
    /// start a word, so `a#b` and `c#` in the middle of a token do not open completion.
    public func currentWordPrefix(after marker: Character = "#") -> String? {
        guard let start = currentWordPrefixStart(after: marker) else { return nil }
        let chars = lines[cursor.line].characters
        return String(chars[start..<cursor.column])
    }

    /// Replaces the partial tag before the cursor (see `currentWordPrefix`) by `replacement`,
    /// keeping the marker, as one undo step. Returns false when there is no partial tag.
    @discardableResult
    public mutating func replaceCurrentWordPrefix(with replacement: String, after marker: Character = "#") -> Bool {
        guard let start = currentWordPrefixStart(after: marker) else { return false }
        history.seal()
        edit(from: point(of: TextPosition(line: cursor.line, column: start)), to: point(of: cursor),
             with: Self.normalizingLineEndings(replacement), kind: .other)
        history.seal()
        return true
    }

    private func currentWordPrefixStart(after marker: Character) -> Int? {
        let chars = lines[cursor.line].characters
        var k = cursor.column
        while k > 0, Self.isTagCharacter(chars[k - 1]) { k -= 1 }
        guard k > 0, chars[k - 1] == marker else { return nil }
        if k >= 2, Self.isWordCharacter(chars[k - 2]) || chars[k - 2] == marker { return nil }
        return k
    }

    static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_"
    }

    static func isTagCharacter(_ c: Character) -> Bool {
        isWordCharacter(c) || c == "-" || c == "/"
    }
}
