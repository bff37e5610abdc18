/// Draws a `FuzzyPickerState` as a popup: a border, the query line, then the ranked items with
/// matched characters highlighted, details right-aligned and the selection marked.
public struct FuzzyPickerView {
    public var style: Style
    public var borderStyle: Style
    public var matchStyle: Style
    public var selectedStyle: Style
    public var detailStyle: Style
    public var prompt: String
    public var title: String?

    public init(style: Style = .plain, borderStyle: Style = .plain,
                matchStyle: Style = Style(modifiers: .bold), selectedStyle: Style = Style(modifiers: .reverse),
                detailStyle: Style = Style(modifiers: .dim), prompt: String = "> ", title: String? = nil) {
        self.style = style
        self.borderStyle = borderStyle
        self.matchStyle = matchStyle
        self.selectedStyle = selectedStyle
        self.detailStyle = detailStyle
        self.prompt = prompt
        self.title = title
    }

    /// Renders into `area` and returns where the query's cursor is, for the hardware cursor;
    /// nil when the area is too small for a border and a query line.
    @discardableResult
    public func render(_ state: inout FuzzyPickerState, in area: Rect, buffer: inout Buffer) -> Position? {
        guard area.width >= 3, area.height >= 3 else { return nil }
        for y in area.top..<area.bottom {
            for x in area.left..<area.right { buffer[x, y] = Cell(style: style) }
        }
        drawBorder(area, buffer: &buffer)
        let inner = area.inset(by: 1)
        guard !inner.isEmpty else { return nil }

        let promptEnd = draw(prompt, x: inner.x, y: inner.y, limit: inner.right, style: style, buffer: &buffer)
        // The query scrolls left so its cursor stays visible.
        let queryChars = Array(state.query)
        var first = 0
        let room = max(1, inner.right - promptEnd - 1)
        while width(queryChars[first..<state.queryCursor]) > room { first += 1 }
        var x = promptEnd
        var cursor = Position(x: x, y: inner.y)
        for (k, c) in queryChars.enumerated().dropFirst(first) {
            if k == state.queryCursor { cursor.x = x }
            let next = draw(String(c), x: x, y: inner.y, limit: inner.right, style: style, buffer: &buffer)
            if next == x && displayWidth(of: c) > 0 { break }
            x = next
        }
        if state.queryCursor >= queryChars.count { cursor.x = min(x, inner.right - 1) }

        let listTop = inner.y + 1
        let listHeight = inner.bottom - listTop
        guard listHeight > 0 else { return cursor }
        if state.selectedIndex < state.scrollOffset { state.scrollOffset = state.selectedIndex }
        if state.selectedIndex >= state.scrollOffset + listHeight { state.scrollOffset = state.selectedIndex - listHeight + 1 }
        state.scrollOffset = max(0, min(state.scrollOffset, max(0, state.matches.count - listHeight)))

        for row in 0..<listHeight {
            let index = state.scrollOffset + row
            guard index < state.matches.count else { break }
            let (item, match) = state.matches[index]
            let y = listTop + row
            let rowStyle = index == state.selectedIndex ? style.patched(with: selectedStyle) : style
            for x in inner.left..<inner.right { buffer[x, y] = Cell(style: rowStyle) }
            var labelLimit = inner.right
            if let detail = item.detail, !detail.isEmpty {
                let detailWidth = width(Array(detail)[...])
                let labelWidth = width(Array(item.label)[...])
                // The detail gives way to the label when both do not fit.
                if labelWidth + 2 + detailWidth <= inner.width {
                    let dx = inner.right - detailWidth
                    _ = draw(detail, x: dx, y: y, limit: inner.right, style: rowStyle.patched(with: detailStyle), buffer: &buffer)
                    labelLimit = dx - 1
                }
            }
            let matched = Set(match.positions)
            var lx = inner.left
            for (k, c) in item.label.enumerated() {
                let cellStyle = matched.contains(k) ? rowStyle.patched(with: matchStyle) : rowStyle
                let next = draw(String(c), x: lx, y: y, limit: labelLimit, style: cellStyle, buffer: &buffer)
                if next == lx && displayWidth(of: c) > 0 { break }
                lx = next
            }
        }
        return cursor
    }

    private func width(_ chars: ArraySlice<Character>) -> Int {
        chars.reduce(0) { $0 + displayWidth(of: $1) }
    }

    /// Draws graphemes from `x` while they fit before `limit`; returns the next free column.
    private func draw(_ text: String, x start: Int, y: Int, limit: Int, style: Style, buffer: inout Buffer) -> Int {
        var x = start
        for c in text {
            let w = displayWidth(of: c)
            if w == 0 {
                if x > start { buffer[x - 1, y].grapheme += String(c) }
                continue
            }
            guard x + w <= limit else { break }
            buffer[x, y] = Cell(grapheme: TextEditorView.printable(c), width: w, style: style)
            if w == 2 { buffer[x + 1, y] = .continuation(style: style) }
            x += w
        }
        return x
    }

    private func drawBorder(_ area: Rect, buffer: inout Buffer) {
        let right = area.right - 1, bottom = area.bottom - 1
        for x in area.left...right {
            buffer[x, area.top] = Cell(grapheme: "─", style: borderStyle)
            buffer[x, bottom] = Cell(grapheme: "─", style: borderStyle)
        }
        for y in area.top...bottom {
            buffer[area.left, y] = Cell(grapheme: "│", style: borderStyle)
            buffer[right, y] = Cell(grapheme: "│", style: borderStyle)
        }
        buffer[area.left, area.top] = Cell(grapheme: "┌", style: borderStyle)
        buffer[right, area.top] = Cell(grapheme: "┐", style: borderStyle)
        buffer[area.left, bottom] = Cell(grapheme: "└", style: borderStyle)
        buffer[right, bottom] = Cell(grapheme: "┘", style: borderStyle)
        if let title, area.width > 4 {
            _ = draw(" \(title) ", x: area.left + 2, y: area.top, limit: right - 1, style: borderStyle, buffer: &buffer)
        }
    }
}
