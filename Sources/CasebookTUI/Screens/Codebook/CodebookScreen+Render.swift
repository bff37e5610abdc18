import CasebookCore
import Foundation
import TerminalKit

extension CodebookScreen {
    /// Categories with counts on the left; the codes table on the right (defenses under DMRS
    /// level headers, themes as a tree); the selected code's description below; modals on top.
    @discardableResult
    public static func render(_ state: CodebookState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        guard area.width > 0, area.height > 0 else { return nil }
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .text)))
        let leftWidth = area.width >= 100 ? 30 : (area.width >= 70 ? 22 : 19)
        let columns = Layout.horizontal([.length(leftWidth), .fill(1)]).split(area)
        renderCategories(state, in: columns[0], buffer: &buffer, theme: theme)
        let detailHeight = area.height >= 30 ? 6 : (area.height >= 18 ? 4 : 0)
        let right = Layout.vertical([.fill(1), .length(detailHeight)]).split(columns[1])
        var cursor = renderCodes(state, in: right[0], buffer: &buffer, theme: theme)
        if detailHeight > 0 { renderDetail(state, in: right[1], buffer: &buffer, theme: theme) }
        if state.modal != nil { cursor = renderModal(state, in: area, buffer: &buffer, theme: theme) }
        return cursor
    }

    private static func block(_ title: String, focused: Bool, theme: Theme) -> Block {
        Block(
            title: title, border: .plain, borderStyle: theme.style(for: focused ? .borderFocused : .border),
            titleStyle: theme.style(for: .title))
    }

    private static func renderCategories(_ state: CodebookState, in area: Rect, buffer: inout Buffer, theme: Theme) {
        let frame = block("Categories", focused: state.focus == .categories && state.modal == nil, theme: theme)
        frame.render(in: area, buffer: &buffer)
        let inner = frame.inner(area)
        for (k, category) in TagCategory.allCases.enumerated() where k < inner.height {
            let y = inner.y + k
            let selected = category == state.category
            var style = theme.style(for: .text)
            if selected { style = style.patched(with: theme.style(for: state.focus == .categories ? .selection : .accent)) }
            buffer.fill(area: inner.row(k), cell: Cell(grapheme: " ", width: 1, style: style))
            let count = String(state.count(of: category))
            let name = Truncation.truncate(category.displayName, toWidth: max(1, inner.width - count.count - 3))
            buffer.setString(x: inner.x, y: y, (selected ? "▸" : " ") + name, style: style, maxWidth: inner.width)
            buffer.setString(
                x: inner.right - count.count - 1, y: y, count,
                style: style.patched(with: selected ? .plain : theme.style(for: .muted)))
        }
    }

    private struct Columns {
        var name: Rect, slug: Rect, level: Rect, uses: Rect, flags: Rect, swatch: Rect
    }

    private static func columns(in row: Rect, showsLevel: Bool) -> Columns {
        let parts = Layout.horizontal(
            [.fill(3), .fill(2), .length(showsLevel ? 3 : 0), .length(5), .length(row.width >= 44 ? 8 : 0), .length(2)],
            spacing: 1
        ).split(row)
        return Columns(name: parts[0], slug: parts[1], level: parts[2], uses: parts[3], flags: parts[4], swatch: parts[5])
    }

    private static func renderCodes(_ state: CodebookState, in area: Rect, buffer: inout Buffer, theme: Theme) -> Position? {
        let rows = state.rows
        let codeCount = rows.filter { $0.usage != nil }.count
        var title = "\(state.category.displayName) · \(codeCount) code\(codeCount == 1 ? "" : "s")"
        if state.showArchived { title += " · archived shown" }
        let frame = block(title, focused: state.focus != .categories && state.modal == nil, theme: theme)
        frame.render(in: area, buffer: &buffer)
        var inner = frame.inner(area)
        guard inner.height > 0, inner.width > 4 else { return nil }
        let muted = theme.style(for: .muted)
        var cursor: Position?

        if state.focus == .filter || !state.filter.isEmpty {
            let used = buffer.setString(x: inner.x, y: inner.y, " Filter ", style: muted)
            var filter = state.filter
            TextInput(style: theme.style(for: .accent), cursorStyle: theme.style(for: .cursor), showsCursor: state.focus == .filter)
                .render(in: Rect(x: inner.x + used, y: inner.y, width: inner.width - used, height: 1), buffer: &buffer, state: &filter)
            if state.focus == .filter { cursor = filter.cursorPosition }
            inner = inner.inset(top: 1, right: 0, bottom: 0, left: 0)
        }
        guard inner.height > 0 else { return cursor }

        let showsLevel = state.category == .defense
        let header = columns(in: inner.row(0).inset(top: 0, right: 0, bottom: 0, left: 1), showsLevel: showsLevel)
        let headerStyle = theme.style(for: .muted).patched(with: Style(modifiers: .bold))
        buffer.setString(x: header.name.x, y: inner.y, "Name", style: headerStyle, maxWidth: header.name.width)
        buffer.setString(x: header.slug.x, y: inner.y, "Slug", style: headerStyle, maxWidth: header.slug.width)
        if showsLevel { buffer.setString(x: header.level.x, y: inner.y, "Lvl", style: headerStyle, maxWidth: header.level.width) }
        buffer.setString(x: header.uses.x, y: inner.y, Truncation.fit("Uses", toWidth: header.uses.width, alignment: .right), style: headerStyle)

        let body = inner.inset(top: 1, right: 0, bottom: 0, left: 0)
        guard body.height > 0 else { return cursor }
        guard !rows.isEmpty else {
            let message = state.filter.isEmpty
                ? "No \(state.category.displayName.lowercased()) codes yet; press a to add one."
                : "No code matches “\(state.filter.text)”; Esc clears the filter."
            buffer.setString(x: body.x + 1, y: body.y, message, style: muted, maxWidth: body.width - 1)
            return cursor
        }
        // The row of the selected code, so the view scrolls to it.
        let selectedUsageIndex = state.selection.selected ?? 0
        var codeIndex = -1
        var selectedRow = 0
        for (k, row) in rows.enumerated() where row.usage != nil {
            codeIndex += 1
            if codeIndex == selectedUsageIndex { selectedRow = k; break }
        }
        let offset = max(0, min(selectedRow - body.height + 1 + (selectedRow + 1 < rows.count ? 1 : 0), rows.count - body.height))
        codeIndex = rows[..<max(0, offset)].filter { $0.usage != nil }.count - 1
        for k in 0..<min(body.height, rows.count - offset) {
            let row = rows[offset + k]
            let y = body.y + k
            switch row {
            case .level(let level):
                let text: String
                if let level, let dmrs = DMRSLevel(rawValue: level) {
                    let label = dmrs.name.lowercased().contains(dmrs.clinicalLabel) ? "" : " (\(dmrs.clinicalLabel))"
                    text = "\(level) \(dmrs.name)\(label)"
                } else {
                    text = "Unrated"
                }
                buffer.setString(x: body.x + 1, y: y, text, style: theme.style(for: .title), maxWidth: body.width - 1)
            case .code(let usage, let depth):
                codeIndex += 1
                let selected = codeIndex == state.selection.selected
                drawCode(usage, depth: depth, selected: selected, row: body.row(k), showsLevel: showsLevel,
                         focused: state.focus != .categories, buffer: &buffer, theme: theme)
            }
        }
        return cursor
    }

    private static func drawCode(_ usage: TagUsage, depth: Int, selected: Bool, row: Rect, showsLevel: Bool, focused: Bool,
                                 buffer: inout Buffer, theme: Theme) {
        let tag = usage.tag
        var style = theme.style(for: .text)
        if tag.archived { style = style.patched(with: theme.style(for: .muted)) }
        if selected { style = style.patched(with: theme.style(for: focused ? .selection : .accent)) }
        buffer.fill(area: row, cell: Cell(grapheme: " ", width: 1, style: style))
        if selected { buffer.setString(x: row.x, y: row.y, "▸", style: style) }
        let c = columns(in: row.inset(top: 0, right: 0, bottom: 0, left: 1), showsLevel: showsLevel)
        let indent = depth > 0 ? String(repeating: "  ", count: depth - 1) + "└ " : ""
        buffer.setString(x: c.name.x, y: row.y, Truncation.truncate(indent + tag.name, toWidth: c.name.width), style: style)
        buffer.setString(
            x: c.slug.x, y: row.y, Truncation.truncate("#" + tag.slug, toWidth: c.slug.width),
            style: style.patched(with: selected ? .plain : theme.style(for: .muted)))
        if showsLevel, let level = tag.level { buffer.setString(x: c.level.x, y: row.y, " \(level)", style: style) }
        buffer.setString(x: c.uses.x, y: row.y, Truncation.fit(String(usage.uses), toWidth: c.uses.width, alignment: .right), style: style)
        if tag.archived, c.flags.width > 0 {
            buffer.setString(x: c.flags.x, y: row.y, "archived", style: style.patched(with: theme.style(for: .warning)))
        }
        var swatch = style.patched(with: theme.style(for: ThemeRole.tag(category: tag.category.rawValue)))
        if let color = CodebookColor.color(tag.color) { swatch.foreground = color }
        buffer.setString(x: c.swatch.x, y: row.y, "██", style: swatch, maxWidth: c.swatch.width)
    }

    private static func renderDetail(_ state: CodebookState, in area: Rect, buffer: inout Buffer, theme: Theme) {
        guard let usage = state.selectedCode else {
            block("", focused: false, theme: theme).render(in: area, buffer: &buffer)
            return
        }
        let tag = usage.tag
        let frame = block(tag.name, focused: false, theme: theme)
        frame.render(in: area, buffer: &buffer)
        let inner = frame.inner(area).inset(horizontal: 1, vertical: 0)
        guard inner.height > 0, inner.width > 0 else { return }
        var facts = ["#\(tag.qualifiedSlug)", tag.builtin ? "built-in" : "custom", "\(usage.uses) use\(usage.uses == 1 ? "" : "s")"]
        if let level = tag.level, let dmrs = DMRSLevel(rawValue: level) { facts.append("DMRS \(level) \(dmrs.name)") }
        if let parent = tag.parentID.flatMap(state.tag) { facts.append("under ‘\(parent.name)’") }
        if let color = tag.color { facts.append(color) }
        if tag.archived { facts.append("archived") }
        buffer.setString(x: inner.x, y: inner.y, facts.joined(separator: " · "), style: theme.style(for: .muted), maxWidth: inner.width)
        guard inner.height > 1 else { return }
        let text = tag.description.isEmpty ? "No description; press e to write one." : tag.description
        Paragraph(text: text, style: theme.style(for: tag.description.isEmpty ? .muted : .text))
            .render(in: inner.inset(top: 1, right: 0, bottom: 0, left: 0), buffer: &buffer)
    }
}
