/// Draws a `TextEditorState` wrapped to its area, scrolled so the cursor shows.
///
/// Only the rows on screen are laid out and drawn, so a long note costs what is visible.
public struct TextEditorView {
    public var style: Style
    /// Styles laid over ranges of the text in Unicode scalar offsets (inline tags, search hits).
    public var highlights: [(range: Range<Int>, style: Style)]
    /// Drawn over the cursor's cell, for terminals where the hardware cursor is hidden; nil leaves
    /// the cell as is.
    public var cursorStyle: Style?
    /// Laid over the selected text, after the highlights.
    public var selectionStyle: Style

    public init(style: Style = .plain, highlights: [(range: Range<Int>, style: Style)] = [], cursorStyle: Style? = nil,
                selectionStyle: Style = Style(modifiers: .reverse)) {
        self.style = style
        self.highlights = highlights
        self.cursorStyle = cursorStyle
        self.selectionStyle = selectionStyle
    }

    /// Renders into `area` and returns the screen position of the cursor, for the backend to put
    /// the hardware cursor there; nil when the area is empty. Updates the state's wrap width and
    /// scroll position.
    @discardableResult
    public func render(_ state: inout TextEditorState, in area: Rect, buffer: inout Buffer) -> Position? {
        guard !area.isEmpty else { return nil }
        state.wrapWidth = area.width
        state.scrollCursorIntoView(height: area.height)
        for y in area.top..<area.bottom {
            for x in area.left..<area.right { buffer[x, y] = Cell(style: style) }
        }

        var rows: [(line: Int, row: Int)] = []
        var next: (Int, Int)? = (state.scrollLine, state.scrollRow)
        while let (line, row) = next, rows.count < area.height {
            rows.append((line, row))
            next = state.rowAfter(line: line, row: row)
        }
        let firstLineStart = state.scalarOffset(ofLineStart: state.scrollLine)
        var visibleEnd = firstLineStart
        for line in state.scrollLine...(rows.last?.line ?? state.scrollLine) {
            visibleEnd += state.lines[line].scalarCount + 1
        }
        var visibleHighlights = highlights.filter { $0.range.upperBound > firstLineStart && $0.range.lowerBound < visibleEnd }
        if let selection = state.selectedScalarRange { visibleHighlights.append((selection, selectionStyle)) }

        let cursorRow = state.cursorRowColumn().row
        var cursorPosition: Position?
        var lineStart = firstLineStart
        var currentLine = state.scrollLine
        for (y, entry) in rows.enumerated() {
            while currentLine < entry.line {
                lineStart += state.lines[currentLine].scalarCount + 1
                currentLine += 1
            }
            let editorLine = state.lines[entry.line]
            let layout = state.layout(ofLine: entry.line)
            let range = layout.range(ofRow: entry.row)
            var scalar = lineStart + editorLine.scalarOffset(ofGrapheme: range.lowerBound)
            var x = area.x
            let screenY = area.y + y
            let isCursorRow = entry.line == state.cursor.line && entry.row == cursorRow
            for k in range {
                let c = editorLine.characters[k]
                let w = displayWidth(of: c)
                defer { scalar += c.unicodeScalars.count }
                if isCursorRow && k == state.cursor.column { cursorPosition = Position(x: min(x, area.right - 1), y: screenY) }
                var cellStyle = style
                for highlight in visibleHighlights where highlight.range.contains(scalar) {
                    cellStyle = cellStyle.patched(with: highlight.style)
                }
                if isCursorRow && k == state.cursor.column, let cursorStyle { cellStyle = cellStyle.patched(with: cursorStyle) }
                if w == 0 {
                    // A lone combining mark joins the grapheme drawn before it. Invisible format
                    // characters (bidi overrides such as U+202E, zero-width spaces) are not drawn:
                    // appended, they made a cell of two graphemes and reached the terminal, where
                    // an override can reorder the rest of the row (found by UnicodeStormTests).
                    if x > area.x, !buffer[x - 1, screenY].isContinuation {
                        let joined = buffer[x - 1, screenY].grapheme + String(c)
                        if joined.count == 1 { buffer[x - 1, screenY].grapheme = joined }
                    }
                    continue
                }
                if x + w > area.right { continue }
                buffer[x, screenY] = Cell(grapheme: Self.printable(c), width: w, style: cellStyle)
                if w == 2 { buffer[x + 1, screenY] = .continuation(style: cellStyle) }
                x += w
            }
            if isCursorRow && cursorPosition == nil {
                cursorPosition = Position(x: min(x, area.right - 1), y: screenY)
                if let cursorStyle, x < area.right { buffer[x, screenY].style = style.patched(with: cursorStyle) }
            }
        }
        return cursorPosition
    }

    /// Control characters would move the terminal's cursor; they are shown as a visible stand-in.
    /// C1 controls count too: U+009B is CSI to some terminals (found by UnicodeStormTests).
    static func printable(_ c: Character) -> String {
        guard isControl(c) else { return String(c) }
        return c == "\t" ? " " : "\u{FFFD}"
    }
}
