import CasebookCore
import TerminalKit

extension FormulationScreen {
    public static func render(_ state: FormulationState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        guard !area.isEmpty else { return nil }
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .text)))
        renderHeader(state, in: area.row(0), buffer: &buffer, theme: theme)
        let body = area.inset(top: 1, right: 0, bottom: 0, left: 0)
        guard !body.isEmpty else { return nil }
        let cursor = renderFields(state, in: body, buffer: &buffer, theme: theme)
        if let history = state.history {
            renderHistory(history, in: body, buffer: &buffer, theme: theme)
            return nil
        }
        return cursor
    }

    static func renderHeader(_ state: FormulationState, in row: Rect, buffer: inout Buffer, theme: Theme) {
        let updated = state.stored.map { "updated " + CaseworkFormat.dayAndTime($0.updatedAt) } ?? "not written yet"
        let x = CaseworkFormat.put("Formulation", x: row.x, y: row.y, width: row.width, style: theme.style(for: .title), buffer: &buffer)
        CaseworkFormat.put(" · \(updated)", x: x, y: row.y, width: row.right - x, style: theme.style(for: .muted), buffer: &buffer)
        let status = statusText(state)
        guard !status.isEmpty else { return }
        let width = displayWidth(of: status)
        let role: ThemeRole = state.saveError != nil ? .error : state.hasUnsavedChanges ? .warning : .success
        if row.width - width > displayWidth(of: "Formulation · " + updated) + 1 {
            CaseworkFormat.put(status, x: row.right - width, y: row.y, width: width, style: theme.style(for: role), buffer: &buffer)
        }
    }

    /// Rows of one section: its title, then its text wrapped under it (or the editor's rows).
    static func sectionLines(_ field: FormulationField, text: String, width: Int, selected: Bool, theme: Theme) -> [Line] {
        let titleStyle = selected ? theme.style(for: .accent).patched(with: Style(modifiers: .bold)) : theme.style(for: .title)
        var lines = [Line([Span(selected ? "▸ " : "  ", style: theme.style(for: .accent)), Span(field.title, style: titleStyle)])]
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            lines.append(Line("    —" + (selected ? "  (Enter to write)" : ""), style: theme.style(for: .muted)))
        } else {
            for wrapped in WordWrap.lines(of: text, width: max(1, width - 4)) {
                lines.append(Line("    " + String(text[wrapped.range]), style: theme.style(for: .text)))
            }
        }
        lines.append("")
        return lines
    }

    static func renderFields(_ state: FormulationState, in body: Rect, buffer: inout Buffer, theme: Theme) -> Position? {
        // The editor grows with its text, from a few rows up to half the screen.
        let textRows = state.editor.map { WordWrap.lines(of: $0.text, width: max(1, body.width - 4)).count } ?? 0
        let editorRows = max(3, min(body.height - 3, max(4, min(textRows + 3, body.height / 2))))
        var blocks: [[Line]] = []
        for field in FormulationField.allCases {
            if field == state.selectedField, state.editor != nil {
                var lines = sectionLines(field, text: "", width: body.width, selected: true, theme: theme)
                lines = [lines[0]] + Array(repeating: Line(""), count: editorRows) + [""]
                blocks.append(lines)
            } else {
                blocks.append(sectionLines(field, text: field.text(of: state.formulation), width: body.width,
                                           selected: field == state.selectedField, theme: theme))
            }
        }
        let start = blocks[..<state.selectedField.rawValue].reduce(0) { $0 + $1.count }
        let end = start + blocks[state.selectedField.rawValue].count - 1
        let scroll = max(0, min(start, end - body.height))
        let rows = blocks.joined().dropFirst(scroll).prefix(body.height)
        for (i, line) in rows.enumerated() {
            buffer.setLine(x: body.x, y: body.y + i, line, maxWidth: body.width)
        }
        guard var editor = state.editor else { return nil }
        let top = body.y + start + 1 - scroll
        let height = min(editorRows, body.bottom - top)
        guard height > 0, body.width > 6 else { return nil }
        for y in top..<(top + height) {
            buffer.setString(x: body.x + 2, y: y, "│", style: theme.style(for: .borderFocused))
        }
        let editorArea = Rect(x: body.x + editorInset, y: top, width: body.width - editorInset, height: height)
        return TextEditorView(style: theme.style(for: .text), cursorStyle: theme.style(for: .cursor),
                              selectionStyle: theme.style(for: .selection))
            .render(&editor, in: editorArea, buffer: &buffer)
    }

    static func renderHistory(_ history: FormulationHistory, in area: Rect, buffer: inout Buffer, theme: Theme) {
        let box = area.inset(horizontal: area.width > 70 ? 4 : 0, vertical: area.height > 18 ? 1 : 0)
        buffer.fill(area: box, cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .text)))
        let block = Block(title: "\(history.field.title): earlier versions", borderStyle: theme.style(for: .borderFocused),
                          titleStyle: theme.style(for: .title))
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
        guard inner.height >= 2 else { return }
        guard !history.versions.isEmpty else {
            Paragraph(text: "No earlier versions: this field has not been changed since it was first written. Esc to close.",
                      style: theme.style(for: .muted)).render(in: inner, buffer: &buffer)
            return
        }
        let listHeight = min(history.versions.count, max(1, inner.height / 3))
        var list = ListState(selected: history.selected)
        ListView(itemCount: history.versions.count, highlightStyle: theme.style(for: .selection),
                 style: theme.style(for: .text)) { i in
            let v = history.versions[i]
            let first = CaseworkFormat.firstLine(v.text)
            return Line([Span("written " + CaseworkFormat.dayAndTime(v.writtenAt) + "  ", style: theme.style(for: .muted)),
                         Span(first.isEmpty ? "(empty)" : first)])
        }
        .render(in: Rect(x: inner.x, y: inner.y, width: inner.width, height: listHeight), buffer: &buffer, state: &list)
        let textArea = Rect(x: inner.x, y: inner.y + listHeight + 1, width: inner.width, height: max(0, inner.height - listHeight - 2))
        if history.versions.indices.contains(history.selected) {
            let v = history.versions[history.selected]
            Paragraph(text: v.text.isEmpty ? "(empty)" : v.text, style: theme.style(for: .text)).render(in: textArea, buffer: &buffer)
        }
        CaseworkFormat.put("j/k version · r restore into the field · Esc close", x: inner.x, y: inner.bottom - 1, width: inner.width,
                           style: theme.style(for: .muted), buffer: &buffer)
    }
}
