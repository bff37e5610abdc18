/// Vertical scrolling over screen rows of the wrapped text.
extension TextEditorState {
    /// First logical line with a row on screen, as of the last render.
    public var firstVisibleLine: Int { scrollLine }

    /// Moves the first visible row just enough that the cursor's row is among the `height`
    /// rows shown. Walks at most `height` rows each way, whatever the length of the note.
    mutating func scrollCursorIntoView(height: Int) {
        let height = max(1, height)
        scrollLine = min(max(0, scrollLine), lines.count - 1)
        scrollRow = min(max(0, scrollRow), layout(ofLine: scrollLine).rowCount - 1)
        let cursorRow = cursorRowColumn().row
        defer { fillViewportFromBottom(height: height) }
        if (cursor.line, cursorRow) < (scrollLine, scrollRow) {
            scrollLine = cursor.line
            scrollRow = cursorRow
            return
        }
        var line = scrollLine, row = scrollRow, rowsAbove = 0
        while (line, row) != (cursor.line, cursorRow) && rowsAbove < height {
            (line, row) = rowAfter(line: line, row: row) ?? (line, row)
            rowsAbove += 1
        }
        if rowsAbove < height { return }
        line = cursor.line
        row = cursorRow
        for _ in 0..<(height - 1) {
            guard let previous = rowBefore(line: line, row: row) else { break }
            (line, row) = previous
        }
        scrollLine = line
        scrollRow = row
    }

    /// After text was deleted or the area grew, pulls rows back down from above rather than
    /// leaving blank rows under the end of the text.
    mutating func fillViewportFromBottom(height: Int) {
        var line = scrollLine, row = scrollRow, shown = 1
        while shown < height, let next = rowAfter(line: line, row: row) {
            (line, row) = next
            shown += 1
        }
        while shown < height, let previous = rowBefore(line: scrollLine, row: scrollRow) {
            (scrollLine, scrollRow) = previous
            shown += 1
        }
    }

    mutating func rowAfter(line: Int, row: Int) -> (Int, Int)? {
        if row + 1 < layout(ofLine: line).rowCount { return (line, row + 1) }
        return line + 1 < lines.count ? (line + 1, 0) : nil
    }

    mutating func rowBefore(line: Int, row: Int) -> (Int, Int)? {
        if row > 0 { return (line, row - 1) }
        return line > 0 ? (line - 1, layout(ofLine: line - 1).rowCount - 1) : nil
    }
}
