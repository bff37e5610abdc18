/// A one-line text field. Scrolls horizontally so the cursor is always visible, shows a
/// placeholder when empty, and marks the cursor cell in `cursorStyle`.
public struct TextInput: StatefulWidget, Hashable, Sendable {
    public var placeholder: String
    public var style: Style
    public var placeholderStyle: Style
    public var cursorStyle: Style
    /// Whether to draw the cursor (an unfocused field shows none).
    public var showsCursor: Bool

    public init(placeholder: String = "", style: Style = .plain, placeholderStyle: Style = Style(modifiers: .dim),
                cursorStyle: Style = Style(modifiers: .reverse), showsCursor: Bool = true) {
        self.placeholder = placeholder
        self.style = style
        self.placeholderStyle = placeholderStyle
        self.cursorStyle = cursorStyle
        self.showsCursor = showsCursor
    }

    public func render(in area: Rect, buffer: inout Buffer, state: inout TextInputState) {
        state.cursorPosition = nil
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(area: row, cell: Cell(grapheme: " ", width: 1, style: style))
        if state.isEmpty && !placeholder.isEmpty {
            buffer.setString(x: row.x, y: row.y, Truncation.truncate(placeholder, toWidth: row.width),
                             style: style.patched(with: placeholderStyle), maxWidth: row.width)
            state.scroll = 0
        } else {
            // Keep one column free at the right for the cursor when it sits at the end.
            let column = state.cursorColumn
            if column < state.scroll { state.scroll = column }
            if column >= state.scroll + row.width { state.scroll = column - row.width + 1 }
            let total = displayWidth(of: String(state.graphemes))
            state.scroll = max(0, min(state.scroll, max(0, total + 1 - row.width)))
            var skipped = 0
            var x = row.x
            for g in state.graphemes {
                let w = displayWidth(of: g)
                if skipped < state.scroll {
                    skipped += w
                    // A wide character cut by the scroll edge shows as a space.
                    if skipped > state.scroll { x += skipped - state.scroll }
                    continue
                }
                if x + w > row.right { break }
                x += buffer.setString(x: x, y: row.y, String(g), style: style, maxWidth: row.right - x)
            }
        }
        let cx = row.x + state.cursorColumn - state.scroll
        if cx >= row.x && cx < row.right {
            state.cursorPosition = Position(x: cx, y: row.y)
            if showsCursor { buffer.setStyle(area: Rect(x: cx, y: row.y, width: 1, height: 1), style: cursorStyle) }
        }
    }
}
