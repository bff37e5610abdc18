import CasebookCore
import TerminalKit

/// Draws the caseload view: themes on the left, the clients of the selected theme on the right
/// (one pane at a time on a narrow screen).
enum CaseloadView {
    static func render(_ state: CaseloadState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) {
        guard !area.isEmpty else { return }
        let base = theme.style(for: .background)
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: base))
        let muted = base.patched(with: theme.style(for: .muted))
        buffer.setLine(x: area.x, y: area.y, Line([
            Span("Caseload ", style: base.patched(with: theme.style(for: .title))),
            Span("· \(state.themes.count) theme\(state.themes.count == 1 ? "" : "s") recurring across \(state.clients.count) client\(state.clients.count == 1 ? "" : "s") · \(state.window.label)", style: muted),
        ]), maxWidth: area.width)
        let body = area.inset(top: 2, right: 0, bottom: 0, left: 0)
        guard !body.isEmpty else { return }
        guard !state.themes.isEmpty else {
            buffer.setString(
                x: body.x, y: body.y,
                "No theme recurs yet: a theme recurs in a client once it is seen in \(CaseloadRecurrence.defaultMinimumSessions) of their sessions.",
                style: muted, maxWidth: body.width)
            return
        }
        if body.width >= 90 {
            let halves = Layout.horizontal([.percentage(50), .fill(1)], spacing: 1).split(body)
            renderThemes(state, in: halves[0], theme: theme, base: base, codeOnly: codeOnly, buffer: &buffer)
            renderClients(state, in: halves[1], theme: theme, base: base, codeOnly: codeOnly, buffer: &buffer)
        } else if state.focus == .clients {
            renderClients(state, in: body, theme: theme, base: base, codeOnly: codeOnly, buffer: &buffer)
        } else {
            renderThemes(state, in: body, theme: theme, base: base, codeOnly: codeOnly, buffer: &buffer)
        }
    }

    private static func block(_ title: String, focused: Bool, theme: Theme, base: Style) -> Block {
        Block(title: title, border: .rounded, borderStyle: theme.style(for: focused ? .borderFocused : .border),
              titleStyle: theme.style(for: .title), style: base)
    }

    private static func renderThemes(
        _ state: CaseloadState, in area: Rect, theme: Theme, base: Style, codeOnly: Bool, buffer: inout Buffer
    ) {
        let themes = state.themes
        var list = state.themeList
        let focused = state.focus == .themes
        Table(
            columns: [
                TableColumn("Theme", width: .fill(2)),
                TableColumn("Clients", width: .length(7), alignment: .right),
                TableColumn("Seen in", width: .fill(3)),
            ],
            rowCount: themes.count, headerStyle: base.patched(with: theme.style(for: .accent)),
            highlightStyle: theme.style(for: focused ? .selection : .muted).patched(with: focused ? Style(modifiers: .bold) : .plain),
            style: base.patched(with: theme.style(for: .text)),
            block: block("Recurring themes", focused: focused, theme: theme, base: base)
        ) { row, column in
            let entry = themes[row]
            switch column {
            case 0: return Span(entry.tag.name, style: theme.style(for: .tagTheme))
            case 1: return Span(String(entry.clients.count))
            default: return Span(entry.clients.map(\.code).joined(separator: ", "), style: theme.style(for: .muted))
            }
        }.render(in: area, buffer: &buffer, state: &list)
    }

    private static func renderClients(
        _ state: CaseloadState, in area: Rect, theme: Theme, base: Style, codeOnly: Bool, buffer: inout Buffer
    ) {
        guard let selected = state.selectedTheme else { return }
        let rows = selected.clients
        var list = state.clientList
        let focused = state.focus == .clients
        Table(
            columns: [
                TableColumn("Client", width: .fill(1)),
                TableColumn("Sessions", width: .length(8), alignment: .right),
                TableColumn("Ratio", width: .length(6), alignment: .right),
            ],
            rowCount: rows.count, headerStyle: base.patched(with: theme.style(for: .accent)),
            highlightStyle: focused ? theme.style(for: .selection) : .plain,
            style: base.patched(with: theme.style(for: .text)),
            block: block("\(selected.tag.name): \(rows.count) client\(rows.count == 1 ? "" : "s")", focused: focused, theme: theme, base: base)
        ) { row, column in
            let entry = rows[row]
            switch column {
            case 0: return Span(state.clients[entry.code]?.label(codeOnly: codeOnly) ?? entry.code)
            case 1: return Span(String(entry.sessions))
            default: return Span("\(Int((entry.ratio * 100).rounded()))%")
            }
        }.render(in: area, buffer: &buffer, state: &list)
    }
}
