import Foundation
import TerminalKit

/// The Clients screen: toolbar (filter, sort, count), the caseload table and a preview of the
/// selected client. An empty caseload gets a first-run screen saying what to do.
public enum ClientsView {
    public static func render(_ state: AppState, buffer: inout Buffer, theme: Theme) -> Position? {
        let clients = state.clients
        let body = ScreenGeometry.body(state.size)
        let base = theme.style(for: .background)
        if !clients.loaded {
            buffer.setString(x: body.x + 2, y: body.y + 1, "Loading the caseload…", style: base.patched(with: theme.style(for: .muted)))
            return nil
        }
        if clients.all.isEmpty {
            renderFirstRun(in: body, buffer: &buffer, theme: theme)
            return nil
        }
        let geometry = ScreenGeometry.clients(state.size)
        let cursor = renderToolbar(state, in: geometry.toolbar, buffer: &buffer, theme: theme)
        renderList(state, in: geometry.list, buffer: &buffer, theme: theme)
        ClientPreviewView.render(state, in: geometry.preview, buffer: &buffer, theme: theme)
        return cursor
    }

    static func renderToolbar(_ state: AppState, in area: Rect, buffer: inout Buffer, theme: Theme) -> Position? {
        let clients = state.clients
        let base = theme.style(for: .background)
        let muted = base.patched(with: theme.style(for: .muted))
        let count = clients.visible.count == clients.all.count
            ? "\(clients.all.count) clients" : "\(clients.visible.count) of \(clients.all.count) clients"
        let right = "sort: \(clients.sort.title) · \(count)"
        let rightWidth = displayWidth(of: right)
        buffer.setString(x: area.right - rightWidth - 1, y: area.y, right, style: muted)
        let label = "Filter: "
        var x = area.x + 1
        x += buffer.setString(x: x, y: area.y, label, style: clients.isFiltering ? base.patched(with: theme.style(for: .accent)) : muted)
        let fieldWidth = max(1, area.right - rightWidth - 3 - x)
        var input = clients.filter
        let field = Rect(x: x, y: area.y, width: fieldWidth, height: 1)
        TextInput(placeholder: clients.isFiltering ? "" : "f to filter by code, name, status or theme",
                  style: base.patched(with: theme.style(for: .text)), placeholderStyle: muted,
                  cursorStyle: theme.style(for: .cursor), showsCursor: clients.isFiltering)
            .render(in: field, buffer: &buffer, state: &input)
        return clients.isFiltering ? input.cursorPosition : nil
    }

    /// Columns that fit the width: the client's label first, then facts; themes and frequency
    /// are left out when space is short (the preview shows them too).
    static func columns(width: Int, labelWidth: Int) -> [TableColumn] {
        let withThemes = width >= 66
        let clientWidth = withThemes ? min(labelWidth, max(14, width * 2 / 5)) : labelWidth
        var columns = [TableColumn("Client", width: withThemes ? .length(clientWidth) : .fill(1)),
                       TableColumn("Status", width: .length(7))]
        if width >= 100 { columns.append(TableColumn("Freq.", width: .length(9))) }
        columns.append(TableColumn("Sess.", width: .length(5), alignment: .right))
        columns.append(TableColumn("Last seen", width: .length(10)))
        if width >= 66 { columns.append(TableColumn("Top themes", width: .fill(1))) }
        return columns
    }

    static func renderList(_ state: AppState, in area: Rect, buffer: inout Buffer, theme: Theme) {
        let clients = state.clients
        let base = theme.style(for: .background)
        let focused = clients.focus == .list && !clients.isFiltering
        let block = Block(title: "Clients", border: .rounded,
                          borderStyle: theme.style(for: focused ? .borderFocused : .border),
                          titleStyle: theme.style(for: .title), style: base)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area).inset(top: 0, right: 1, bottom: 0, left: 1)
        guard !inner.isEmpty else { return }
        if clients.visible.isEmpty {
            let text = "No client matches “\(clients.filter.text)”. Esc clears the filter."
            Paragraph(text: text, style: base.patched(with: theme.style(for: .muted))).render(in: inner, buffer: &buffer)
            return
        }
        let items = clients.visible
        let codeOnly = state.codeOnly
        let columns = columns(width: inner.width, labelWidth: max(6, widestLabel(items, codeOnly: codeOnly)))
        let tz = state.timeZone
        let titles = columns.map(\.title)
        let muted = theme.style(for: .muted)
        let table = Table(columns: columns, rowCount: items.count, headerStyle: theme.style(for: .title),
                          highlightStyle: theme.style(for: .selection), style: base.patched(with: theme.style(for: .text))) { row, column in
            let item = items[row]
            switch titles[column] {
            case "Client": return Span(item.label(codeOnly: codeOnly))
            case "Status": return Span(item.status, style: item.status == "active" ? .plain : muted)
            case "Freq.": return Span(item.frequency)
            case "Sess.": return Span(String(item.sessionCount))
            case "Last seen": return Span(item.lastSeen.map { DateText.day($0, timeZone: tz) } ?? "—", style: item.lastSeen == nil ? muted : .plain)
            default: return Span("")
            }
        }
        var list = clients.list
        table.render(in: inner, buffer: &buffer, state: &list)
        // Theme chips need a colour per tag, more than a table cell's one style: drawn over the column.
        guard let themeColumn = titles.firstIndex(of: "Top themes") else { return }
        let rects = table.columnAreas(in: inner.row(0))
        let rect = rects[themeColumn]
        for row in list.offset..<min(items.count, list.offset + inner.height - 1) {
            let y = inner.y + 1 + row - list.offset
            let rowStyle = row == list.selected ? base.patched(with: theme.style(for: .text)).patched(with: theme.style(for: .selection))
                : base.patched(with: theme.style(for: .text))
            buffer.fill(area: Rect(x: rect.x, y: y, width: rect.width, height: 1), cell: Cell(grapheme: " ", width: 1, style: rowStyle))
            buffer.setLine(x: rect.x, y: y, TagChipsLine.line(items[row].topThemes, theme: theme, base: rowStyle, width: rect.width),
                           maxWidth: rect.width, baseStyle: rowStyle)
        }
    }

    /// The display width of the widest label. A label is never wider than its UTF-8 bytes
    /// (wide characters take three or four), so only labels that could be wider than the
    /// widest so far are measured: a few of a thousand, on every frame.
    static func widestLabel(_ items: [ClientListItem], codeOnly: Bool) -> Int {
        var widest = 0
        for item in items {
            let bytes = codeOnly ? item.code.utf8.count : item.code.utf8.count + 2 + item.name.utf8.count
            guard bytes > widest else { continue }
            widest = max(widest, displayWidth(of: item.label(codeOnly: codeOnly)))
        }
        return widest
    }

    static func renderFirstRun(in area: Rect, buffer: inout Buffer, theme: Theme) {
        let base = theme.style(for: .background)
        let text = base.patched(with: theme.style(for: .text))
        let accent = base.patched(with: theme.style(for: .accent))
        let muted = base.patched(with: theme.style(for: .muted))
        let lines: [Line] = [
            Line("Welcome to Casebook", style: base.patched(with: theme.style(for: .title))),
            Line(""),
            Line("There are no clients in this casebook yet.", style: text),
            Line(""),
            Line([Span("  a  ", style: accent), Span("add your first client", style: text)]),
            Line([Span("  ?  ", style: accent), Span("see every key", style: text)]),
            Line([Span("  q  ", style: accent), Span("quit", style: text)]),
            Line(""),
            Line("To look around first, quit and run `casebook --demo` (a fictional caseload in a temporary file), "
                 + "or `casebook demo PATH` to write one you can keep.", style: muted),
        ]
        let width = min(area.width - 4, 84)
        let rows = Paragraph(lines, wrap: true).rowCount(width: max(1, width - 4))
        let box = area.centered(Size(width: width, height: rows + 2))
        let block = Block(title: "First run", border: .rounded, borderStyle: theme.style(for: .border),
                          titleStyle: theme.style(for: .title), style: base)
        block.render(in: box, buffer: &buffer)
        Paragraph(lines, wrap: true, style: base).render(in: block.inner(box).inset(top: 0, right: 1, bottom: 0, left: 1), buffer: &buffer)
    }
}
