import TerminalKit

/// The help overlay: a box listing the keys of the current screen, then the global ones.
public enum HelpView {
    public static func render(_ help: HelpState, size: Size, buffer: inout Buffer, theme: Theme) {
        let body = ScreenGeometry.body(size)
        let base = theme.style(for: .background)
        var lines: [Line] = []
        let keyWidth = help.sections.flatMap(\.rows).map { displayWidth(of: $0.keys) }.max() ?? 8
        for (i, section) in help.sections.enumerated() {
            if i > 0 { lines.append(Line("")) }
            lines.append(Line(section.title, style: base.patched(with: theme.style(for: .accent))))
            for row in section.rows {
                lines.append(Line([
                    Span("  " + Truncation.fit(row.keys, toWidth: keyWidth) + "  ", style: base.patched(with: theme.style(for: .title))),
                    Span(row.description, style: base.patched(with: theme.style(for: .text))),
                ]))
            }
        }
        let descriptionWidth = help.sections.flatMap(\.rows).map { displayWidth(of: $0.description) }.max() ?? 30
        let width = min(body.width - 4, max(50, keyWidth + descriptionWidth + 8))
        let height = min(body.height - 2, lines.count + 2)
        let box = body.centered(Size(width: width, height: height))
        buffer.fill(area: box, cell: Cell(grapheme: " ", width: 1, style: base))
        let block = Block(title: "Help — \(help.screenTitle)", border: .rounded, borderStyle: theme.style(for: .borderFocused),
                          titleStyle: theme.style(for: .title), style: base)
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box).inset(top: 0, right: 1, bottom: 0, left: 1)
        let scroll = min(help.scroll, max(0, lines.count - inner.height))
        Paragraph(lines, wrap: false, scroll: scroll, style: base).render(in: inner, buffer: &buffer)
        if lines.count > inner.height {
            buffer.setString(x: box.right - 12, y: box.bottom - 1, " j/k more ", style: base.patched(with: theme.style(for: .muted)))
        }
    }
}
