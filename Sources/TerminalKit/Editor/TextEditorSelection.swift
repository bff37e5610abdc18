/// An optional selection between an anchor and the cursor. The caller decides when it grows
/// (shift with a move: `startSelection()` then the move) and when it ends (`clearSelection()`);
/// any edit ends it, and typing, pasting or deleting replaces the selected text in one undo step.
extension TextEditorState {
    /// Marks the current cursor as the fixed end of a selection, unless one is already started.
    public mutating func startSelection() {
        if selectionAnchor == nil { selectionAnchor = cursor }
    }

    public mutating func clearSelection() { selectionAnchor = nil }

    public mutating func selectAll() {
        moveToDocumentStart()
        selectionAnchor = cursor
        moveToDocumentEnd()
    }

    /// The selected text's bounds, ordered; nil when nothing is selected.
    var selectionBounds: (start: TextPosition, end: TextPosition)? {
        guard let anchor = selectionAnchor, anchor != cursor else { return nil }
        return anchor < cursor ? (anchor, cursor) : (cursor, anchor)
    }

    /// The selection in Unicode scalar offsets of `text`, for highlighting and copying.
    public var selectedScalarRange: Range<Int>? {
        guard let (start, end) = selectionBounds else { return nil }
        let startOffset = scalarOffset(ofLineStart: start.line) + lines[start.line].scalarOffset(ofGrapheme: start.column)
        let endOffset = scalarOffset(ofLineStart: end.line) + lines[end.line].scalarOffset(ofGrapheme: end.column)
        return startOffset..<endOffset
    }

    public var selectedText: String? {
        guard let (start, end) = selectionBounds else { return nil }
        return text(from: point(of: start), to: point(of: end))
    }

    /// Replaces the selection by `replacement` as one undo step; false when nothing is selected.
    @discardableResult
    mutating func replaceSelection(with replacement: String) -> Bool {
        guard let (start, end) = selectionBounds else { return false }
        history.seal()
        edit(from: point(of: start), to: point(of: end), with: replacement, kind: .other)
        history.seal()
        return true
    }

    /// Deletes the selected text as one undo step; false when nothing is selected.
    @discardableResult
    public mutating func deleteSelection() -> Bool { replaceSelection(with: "") }
}
