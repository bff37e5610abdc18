import CasebookCore
import Foundation
import TerminalKit

extension SearchScreen {
    /// Draws the query line, the filters, and the ranked results (two rows each: where the hit
    /// is, then its snippet with the matched words in the `highlight` role).
    @discardableResult
    public static func render(_ state: SearchState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        guard area.width > 0, area.height > 0 else { return nil }
        let text = theme.style(for: .text)
        let muted = theme.style(for: .muted)
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: text))
        var cursor: Position?

        let prompt = " Search "
        let promptWidth = buffer.setString(x: area.x, y: area.y, prompt, style: theme.style(for: .title), maxWidth: area.width)
        var query = state.query
        let queryArea = Rect(x: area.x + promptWidth, y: area.y, width: max(0, area.width - promptWidth - 1), height: 1)
        TextInput(
            placeholder: "words, word*, \"a phrase\"", style: text, placeholderStyle: muted,
            cursorStyle: theme.style(for: .cursor), showsCursor: state.focus == .query && state.clientPicker == nil
        ).render(in: queryArea, buffer: &buffer, state: &query)
        if state.focus == .query { cursor = query.cursorPosition }

        guard area.height > 1 else { return cursor }
        let filterRow = area.row(1)
        if state.focus == .fromDate || state.focus == .toDate {
            cursor = renderDateFields(state, row: filterRow, buffer: &buffer, theme: theme)
        } else {
            renderFilters(state, row: filterRow, buffer: &buffer, theme: theme, codeOnly: codeOnly)
        }

        guard area.height > 2 else { return cursor }
        let messageRow = area.row(2)
        if let message = state.dateError ?? state.error {
            buffer.setString(
                x: messageRow.x + 1, y: messageRow.y, Truncation.truncate(message, toWidth: messageRow.width - 1),
                style: theme.style(for: .error))
        } else {
            buffer.setString(
                x: messageRow.x, y: messageRow.y, String(repeating: "─", count: messageRow.width),
                style: theme.style(for: .border))
        }

        let list = area.inset(top: 3, right: 0, bottom: 0, left: 0)
        if list.height > 0 { renderResults(state, in: list, buffer: &buffer, theme: theme, codeOnly: codeOnly) }

        if state.clientPicker != nil { cursor = renderPicker(state, in: area, buffer: &buffer, theme: theme, codeOnly: codeOnly) }
        return cursor
    }

    private static func renderFilters(_ state: SearchState, row: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) {
        let muted = theme.style(for: .muted)
        let value = theme.style(for: .accent)
        let client = state.client(state.clientFilter).map { $0.label(codeOnly: codeOnly) } ?? "all"
        let category = state.categoryFilter?.displayName ?? "all"
        let dates: String
        switch (state.fromText.isEmpty, state.toText.isEmpty) {
        case (true, true): dates = "any"
        case (false, true): dates = "from \(state.fromText)"
        case (true, false): dates = "to \(state.toText)"
        case (false, false): dates = "\(state.fromText) – \(state.toText)"
        }
        let line = Line([
            Span(" Client ", style: muted), Span(client, style: value),
            Span("  Category ", style: muted), Span(category, style: value),
            Span("  Dates ", style: muted), Span(dates, style: value),
        ])
        let status = statusWord(state)
        let statusWidth = displayWidth(of: status)
        let room = max(0, row.width - statusWidth - 2)
        buffer.setLine(x: row.x, y: row.y, line, maxWidth: room)
        if row.width > statusWidth + 1 {
            buffer.setString(x: row.right - statusWidth - 1, y: row.y, status, style: muted)
        }
    }

    private static func statusWord(_ state: SearchState) -> String {
        if state.storeQuery == nil { return "" }
        if state.lastTypedAt != nil || state.shownGeneration != state.generation { return "searching…" }
        switch state.results.count {
        case 0: return "no results"
        case 1: return "1 result"
        default: return "\(state.results.count) results"
        }
    }

    private static func renderDateFields(_ state: SearchState, row: Rect, buffer: inout Buffer, theme: Theme) -> Position? {
        let muted = theme.style(for: .muted)
        let field = theme.style(for: .selection)
        var x = row.x + buffer.setString(x: row.x, y: row.y, " From ", style: muted)
        var from = state.fromInput
        let width = 12
        TextInput(placeholder: "YYYY-MM-DD", style: field, placeholderStyle: muted, cursorStyle: theme.style(for: .cursor),
                  showsCursor: state.focus == .fromDate)
            .render(in: Rect(x: x, y: row.y, width: min(width, max(0, row.right - x)), height: 1), buffer: &buffer, state: &from)
        x += width
        x += buffer.setString(x: x, y: row.y, "  To ", style: muted)
        var to = state.toInput
        TextInput(placeholder: "YYYY-MM-DD", style: field, placeholderStyle: muted, cursorStyle: theme.style(for: .cursor),
                  showsCursor: state.focus == .toDate)
            .render(in: Rect(x: x, y: row.y, width: min(width, max(0, row.right - x)), height: 1), buffer: &buffer, state: &to)
        x += width
        buffer.setString(x: x, y: row.y, "  Enter apply · Esc cancel", style: muted, maxWidth: max(0, row.right - x))
        return state.focus == .fromDate ? from.cursorPosition : to.cursorPosition
    }

    private static func renderResults(_ state: SearchState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) {
        let muted = theme.style(for: .muted)
        guard !state.results.isEmpty else {
            let lines: [Line]
            if state.storeQuery == nil {
                lines = [
                    Line(" Type to search every note, evidence and comment.", style: muted),
                    Line(" Accents and case do not matter: Zoe finds Zoë.", style: muted),
                ]
            } else if state.shownGeneration == state.generation, state.lastTypedAt == nil {
                lines = [
                    Line([Span(" No matches for ", style: theme.style(for: .text)),
                          Span("“\(state.shownQuery)”", style: theme.style(for: .accent)),
                          Span(hasFilters(state) ? " with these filters." : ".", style: theme.style(for: .text))]),
                    Line(" Try a prefix search like word* or a phrase in \"double quotes\"", style: muted),
                    Line(hasFilters(state) ? " or clear the filters with x." : " or fewer words.", style: muted),
                ]
            } else {
                lines = [Line(" Searching…", style: muted)]
            }
            for (k, line) in lines.enumerated() where k < area.height {
                buffer.setLine(x: area.x, y: area.y + k, line, maxWidth: area.width)
            }
            return
        }
        let perHit = 2
        let visible = max(1, area.height / perHit)
        let selected = state.selection.selected ?? 0
        let first = max(0, min(selected - visible + 1, state.results.count - visible))
        let offset = max(0, min(first, selected))
        for index in offset..<min(state.results.count, offset + visible) {
            let hit = state.results[index]
            let y = area.y + (index - offset) * perHit
            let isSelected = index == state.selection.selected && state.focus == .results
            let isCurrent = index == state.selection.selected
            let base = theme.style(for: .text).patched(with: isSelected ? theme.style(for: .selection) : .plain)
            let rows = Rect(x: area.x, y: y, width: area.width, height: min(perHit, area.bottom - y))
            buffer.fill(area: rows, cell: Cell(grapheme: " ", width: 1, style: base))
            let marker = isCurrent ? "▸" : " "
            var x = area.x + buffer.setString(x: area.x, y: y, marker, style: base.patched(with: theme.style(for: .accent)))
            x += buffer.setLine(x: x, y: y, metaLine(hit, state: state, theme: theme, codeOnly: codeOnly),
                                maxWidth: area.right - x, baseStyle: base)
            if y + 1 < area.bottom {
                drawSnippet(hit, x: area.x + 3, y: y + 1, width: area.width - 4, base: base, theme: theme, buffer: &buffer)
            }
        }
    }

    private static func hasFilters(_ state: SearchState) -> Bool {
        state.clientFilter != nil || state.categoryFilter != nil || !state.fromText.isEmpty || !state.toText.isEmpty
    }

    static func metaLine(_ hit: SearchHit, state: SearchState, theme: Theme, codeOnly: Bool) -> Line {
        let muted = theme.style(for: .muted)
        var who = hit.clientCode
        if !codeOnly, let client = state.client(hit.clientID), !client.name.isEmpty { who += " \(client.name)" }
        var spans = [
            Span(" " + who, style: theme.style(for: .accent)),
            Span("  session \(hit.sessionNumber)", style: theme.style(for: .text)),
            Span("  \(SearchDate.format(hit.sessionStartedAt))", style: muted),
        ]
        switch hit.layer {
        case .process: spans.append(Span("  process note", style: muted))
        case .record: spans.append(Span("  record note", style: muted))
        case .evidence, .comment:
            spans.append(Span("  \(hit.layer.rawValue)", style: muted))
            if let category = hit.category {
                spans.append(Span(" · \(category.displayName)", style: theme.style(for: ThemeRole.tag(category: category.rawValue))))
            }
        }
        return Line(spans)
    }

    /// One row of snippet, slid along so the first match is in view, matches highlighted.
    private static func drawSnippet(_ hit: SearchHit, x: Int, y: Int, width: Int, base: Style, theme: Theme, buffer: inout Buffer) {
        guard width > 2 else { return }
        let characters = Array(hit.snippet).map { $0.isNewline || $0 == "\t" ? " " : $0 }
        let highlights = hit.highlights
        var marked = Array(repeating: false, count: characters.count)
        for range in highlights {
            for k in range where k < marked.count { marked[k] = true }
        }
        var start = 0
        if let firstMatch = highlights.first {
            let before = characters[..<min(firstMatch.upperBound, characters.count)].reduce(0) { $0 + displayWidth(of: $1) }
            if before > width - 1 {
                // Keep a third of the row before the match for context.
                var skip = 0
                var widthBefore = before - firstMatch.count
                while start < firstMatch.lowerBound, widthBefore > width / 3 {
                    widthBefore -= displayWidth(of: characters[start])
                    start += 1
                    skip += 1
                }
            }
        }
        let text = base.patched(with: theme.style(for: .text))
        let highlight = base.patched(with: theme.style(for: .highlight))
        var column = x
        let right = x + width
        if start > 0 {
            column += buffer.setString(x: column, y: y, "…", style: theme.style(for: .muted).patched(with: base))
        }
        var index = start
        while index < characters.count {
            let w = displayWidth(of: characters[index])
            if column + w > right - (index < characters.count - 1 ? 1 : 0) {
                buffer.setString(x: column, y: y, "…", style: text, maxWidth: right - column)
                break
            }
            column += buffer.setString(x: column, y: y, String(characters[index]), style: marked[index] ? highlight : text)
            index += 1
        }
    }

    private static func renderPicker(_ state: SearchState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        guard var picker = state.clientPicker else { return nil }
        if codeOnly && !state.codeOnly {
            // The screen went code-only after the picker opened: show codes, never names.
            var coded = FuzzyPickerState(
                items: picker.items.map { item in
                    guard let id = Int64(item.id), let client = state.client(id) else { return item }
                    return FuzzyPickerItem(id: item.id, label: client.code)
                }, query: picker.query)
            for _ in 0..<min(picker.matches.count, max(0, indexOfSelection(picker))) { coded.selectNext() }
            picker = coded
        }
        let width = min(50, max(20, area.width - 4))
        let height = min(area.height - 2, max(5, min(picker.items.count + 3, 16)))
        let box = area.centered(Size(width: width, height: max(3, height)))
        return FuzzyPickerView(
            style: theme.style(for: .text), borderStyle: theme.style(for: .borderFocused),
            matchStyle: theme.style(for: .highlight), selectedStyle: theme.style(for: .selection),
            detailStyle: theme.style(for: .muted), prompt: "Client: ", title: "Filter by client"
        ).render(&picker, in: box, buffer: &buffer)
    }

    private static func indexOfSelection(_ picker: FuzzyPickerState) -> Int {
        guard let selected = picker.selectedItem else { return 0 }
        return picker.matches.firstIndex { $0.item == selected } ?? 0
    }
}
