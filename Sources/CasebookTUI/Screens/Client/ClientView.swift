import TerminalKit

/// The Client screen: who, then the tabs, then the tab's content.
public enum ClientView {
    public static func render(_ screen: ClientScreenState, state: AppState, buffer: inout Buffer, theme: Theme) {
        let geometry = ScreenGeometry.client(state.size)
        let base = theme.style(for: .background)
        let muted = base.patched(with: theme.style(for: .muted))
        guard let detail = screen.detail else {
            buffer.setString(x: geometry.header.x + 1, y: geometry.header.y, "Loading…", style: muted)
            return
        }
        var header: [Span] = [Span(detail.code, style: base.patched(with: theme.style(for: .title)))]
        if !state.codeOnly { header.append(Span("  " + detail.name, style: base.patched(with: theme.style(for: .text)))) }
        var facts = [detail.status]
        if !detail.frequency.isEmpty { facts.append(detail.frequency) }
        facts.append("since \(DateText.day(detail.intakeDate, timeZone: state.timeZone))")
        facts.append(detail.sessions.count == 1 ? "1 session" : "\(detail.sessions.count) sessions")
        let room = geometry.header.width - 2 - Line(header).width - 3
        header.append(Span("   " + Truncation.truncate(facts.joined(separator: " · "), toWidth: max(0, room)), style: muted))
        buffer.setLine(x: geometry.header.x + 1, y: geometry.header.y, Line(header), maxWidth: geometry.header.width - 2)

        let titles = ClientTab.allCases.map { "\($0.rawValue + 1) \($0.title)" }
        Tabs(titles, selected: screen.tab.rawValue, style: muted,
             highlightStyle: theme.style(for: .selection).patched(with: Style(modifiers: .bold)))
            .render(in: geometry.tabs.inset(top: 0, right: 1, bottom: 0, left: 1), buffer: &buffer)

        let block = Block(title: screen.tab.title, border: .rounded, borderStyle: theme.style(for: .borderFocused),
                          titleStyle: theme.style(for: .title), style: base)
        block.render(in: geometry.content, buffer: &buffer)
        let inner = block.inner(geometry.content).inset(top: 0, right: 1, bottom: 0, left: 1)
        guard !inner.isEmpty else { return }
        if let summary = screen.tab.summary {
            Paragraph(text: summary + "\n\nEnter opens it; Esc comes back here.", style: muted).render(in: inner, buffer: &buffer)
            return
        }
        renderSessions(screen, detail: detail, state: state, in: inner, buffer: &buffer, theme: theme)
    }

    static func renderSessions(_ screen: ClientScreenState, detail: ClientDetail, state: AppState, in area: Rect,
                               buffer: inout Buffer, theme: Theme) {
        let base = theme.style(for: .background)
        let sessions = detail.sessions
        if sessions.isEmpty {
            Paragraph(text: "No sessions yet. n starts session 1, numbered and dated now, with the cursor in the note.",
                      style: base.patched(with: theme.style(for: .muted))).render(in: area, buffer: &buffer)
            return
        }
        let tagWidth = area.width >= 100 ? area.width * 3 / 10 : max(16, area.width / 4)
        let columns = [
            TableColumn("#", width: .length(4), alignment: .right),
            TableColumn("Date", width: .length(10)),
            TableColumn("Attended", width: .length(9)),
            TableColumn("First line", width: .fill(1)),
            TableColumn("Tags", width: .length(tagWidth)),
        ]
        let tz = state.timeZone
        let text = base.patched(with: theme.style(for: .text))
        let table = Table(columns: columns, rowCount: sessions.count, headerStyle: theme.style(for: .title),
                          highlightStyle: theme.style(for: .selection), style: text) { row, column in
            let s = sessions[row]
            switch column {
            case 0: return Span(String(s.number))
            case 1: return Span(DateText.day(s.date, timeZone: tz))
            case 2: return Span(s.attendance, style: s.attendance == "attended" ? .plain : theme.style(for: .warning))
            case 3:
                // A row's details arrive before the frame is drawn; "…" only if reading them failed.
                guard s.hasDetails else { return Span("…", style: theme.style(for: .muted)) }
                return s.firstLine.isEmpty ? Span("(no note)", style: theme.style(for: .muted)) : Span(s.firstLine)
            default: return Span("")
            }
        }
        var list = screen.sessions
        table.render(in: area, buffer: &buffer, state: &list)
        let rect = table.columnAreas(in: area.row(0))[4]
        for row in list.offset..<min(sessions.count, list.offset + area.height - 1) {
            let y = area.y + 1 + row - list.offset
            let rowStyle = row == list.selected ? text.patched(with: theme.style(for: .selection)) : text
            buffer.fill(area: Rect(x: rect.x, y: y, width: rect.width, height: 1), cell: Cell(grapheme: " ", width: 1, style: rowStyle))
            buffer.setLine(x: rect.x, y: y, TagChipsLine.line(sessions[row].tags, theme: theme, base: rowStyle, width: rect.width),
                           maxWidth: rect.width, baseStyle: rowStyle)
        }
    }
}
