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
            let themesWidth = themesPaneWidth(state, available: body.width - 1, codeOnly: codeOnly)
            let halves = Layout.horizontal([.length(themesWidth), .fill(1)], spacing: 1).split(body)
            renderThemes(state, in: halves[0], theme: theme, base: base, codeOnly: codeOnly, buffer: &buffer)
            renderClients(state, in: halves[1], theme: theme, base: base, codeOnly: codeOnly, buffer: &buffer)
        } else if state.focus == .clients {
            renderClients(state, in: body, theme: theme, base: base, codeOnly: codeOnly, buffer: &buffer)
        } else {
            renderThemes(state, in: body, theme: theme, base: base, codeOnly: codeOnly, buffer: &buffer)
        }
    }

    static let clientsColumnWidth = 7
    static let sessionsColumnWidth = 8
    static let ratioColumnWidth = 6

    /// The themes pane takes at least half the screen and, where the clients pane can spare it,
    /// enough for the longest "Seen in" list. Measured over every theme and client, not the
    /// selection, so the panes do not shift while moving through the list.
    static func themesPaneWidth(_ state: CaseloadState, available: Int, codeOnly: Bool) -> Int {
        let half = available / 2
        let seen = state.themes.map { displayWidth(of: seenIn($0)) }.max() ?? 0
        let wanted = 2 + themeColumnWidth(state.themes) + 1 + clientsColumnWidth + 1 + max(seen, 7)
        let label = min(30, max(6, state.clients.values.map { displayWidth(of: $0.label(codeOnly: codeOnly)) }.max() ?? 0))
        let clientsPane = 2 + label + 1 + sessionsColumnWidth + 1 + ratioColumnWidth
        return max(half, min(wanted, available - clientsPane))
    }

    /// The widest theme name (or the heading), so the rest of the line goes to "Seen in".
    static func themeColumnWidth(_ themes: [CaseloadTheme]) -> Int {
        max(displayWidth(of: "Theme"), themes.map { displayWidth(of: $0.tag.name) }.max() ?? 0)
    }

    static func seenIn(_ theme: CaseloadTheme) -> String {
        theme.clients.map(\.code).joined(separator: ", ")
    }

    /// The codes that fit in `width`, whole, then how many more (`+3`) rather than a code cut
    /// in the middle.
    static func seenIn(_ theme: CaseloadTheme, width: Int) -> String {
        let all = seenIn(theme)
        guard displayWidth(of: all) > width else { return all }
        var shown: [String] = []
        for (index, client) in theme.clients.enumerated() {
            let candidate = (shown + [client.code]).joined(separator: ", ")
            let more = " +\(theme.clients.count - index - 1)"
            guard displayWidth(of: candidate) + more.count <= width else { break }
            shown.append(client.code)
        }
        let more = "+\(theme.clients.count - shown.count)"
        return shown.isEmpty ? more : shown.joined(separator: ", ") + " " + more
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
        let columns = [
            // A long name may take at most half the line; "Seen in" gets the rest.
            TableColumn("Theme", width: .length(min(themeColumnWidth(themes), max(5, (area.width - 2) / 2)))),
            TableColumn("Clients", width: .length(clientsColumnWidth), alignment: .right),
            TableColumn("Seen in", width: .fill(1)),
        ]
        let frame = block("Recurring themes", focused: focused, theme: theme, base: base)
        let seenWidth = Layout.horizontal(columns.map(\.width), spacing: 1).split(frame.inner(area).row(0))[2].width
        Table(
            columns: columns,
            rowCount: themes.count, headerStyle: base.patched(with: theme.style(for: .accent)),
            highlightStyle: theme.style(for: focused ? .selection : .muted).patched(with: focused ? Style(modifiers: .bold) : .plain),
            style: base.patched(with: theme.style(for: .text)),
            block: frame
        ) { row, column in
            let entry = themes[row]
            switch column {
            case 0: return Span(entry.tag.name, style: theme.style(for: .tagTheme))
            case 1: return Span(String(entry.clients.count))
            default: return Span(seenIn(entry, width: seenWidth), style: theme.style(for: .muted))
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
                TableColumn("Sessions", width: .length(sessionsColumnWidth), alignment: .right),
                TableColumn("Ratio", width: .length(ratioColumnWidth), alignment: .right),
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
