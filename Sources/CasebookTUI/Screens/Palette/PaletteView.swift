import TerminalKit

/// The command palette: a query line and the matching actions, best first, each with its key.
public enum PaletteView {
    public static func render(_ palette: PaletteState, size: Size, buffer: inout Buffer, theme: Theme) -> Position? {
        let body = ScreenGeometry.body(size)
        let base = theme.style(for: .background)
        let text = base.patched(with: theme.style(for: .text))
        let muted = base.patched(with: theme.style(for: .muted))
        let width = min(body.width - 4, 72)
        let height = min(body.height - 2, max(4, min(palette.matches.count, 14) + 3))
        let box = Rect(x: body.x + (body.width - width) / 2, y: body.y + 1, width: width, height: height)
        buffer.fill(area: box, cell: Cell(grapheme: " ", width: 1, style: base))
        let block = Block(title: "Commands", border: .rounded, borderStyle: theme.style(for: .borderFocused),
                          titleStyle: theme.style(for: .title), style: base)
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box).inset(top: 0, right: 1, bottom: 0, left: 1)
        guard !inner.isEmpty else { return nil }
        buffer.setString(x: inner.x, y: inner.y, "> ", style: base.patched(with: theme.style(for: .accent)))
        var query = palette.query
        TextInput(placeholder: "type to find an action", style: text, placeholderStyle: muted,
                  cursorStyle: theme.style(for: .cursor))
            .render(in: Rect(x: inner.x + 2, y: inner.y, width: inner.width - 2, height: 1), buffer: &buffer, state: &query)
        let listArea = inner.inset(top: 1, right: 0, bottom: 0, left: 0)
        if palette.matches.isEmpty {
            buffer.setString(x: listArea.x, y: listArea.y, "No action matches.", style: muted)
            return query.cursorPosition
        }
        let matches = palette.matches
        var list = palette.list
        let keyWidth = min(16, matches.map { displayWidth(of: $0.keyLabel) }.max() ?? 0)
        ListView(itemCount: matches.count, highlightStyle: theme.style(for: .selection), style: text) { i in
            let entry = matches[i]
            let titleWidth = max(1, listArea.width - keyWidth - 2)
            return Line([
                Span(Truncation.fit(entry.title, toWidth: titleWidth) + "  "),
                Span(Truncation.fit(entry.keyLabel, toWidth: keyWidth, alignment: .right), style: theme.style(for: .muted)),
            ])
        }.render(in: listArea, buffer: &buffer, state: &list)
        return query.cursorPosition
    }
}
