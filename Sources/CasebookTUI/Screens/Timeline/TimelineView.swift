import CasebookCore
import Foundation
import TerminalKit

/// Draws the Timeline: only the visible columns are read, so a 1,300-session client costs what
/// fits on screen (the sparklines read each visible row once).
enum TimelineView {
    /// The shades, every one a single column wide (the cells are written directly).
    static let glyphs = HeatRamp.shades.glyphs.map { displayWidth(of: $0) == 1 ? $0 : " " }

    static func render(_ state: TimelineState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) {
        guard !area.isEmpty else { return }
        let base = theme.style(for: .background)
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: base))
        let layout = TimelineLayout(area: area, state: state)
        let columnOffset = TimelineLayout.columnOffset(for: state, visibleColumns: layout.visibleColumns)
        let visible = columnOffset..<min(state.grid.columns.count, columnOffset + layout.visibleColumns)

        renderTitle(state, layout: layout, theme: theme, base: base, codeOnly: codeOnly, buffer: &buffer)
        guard !state.grid.columns.isEmpty else {
            let text = state.material.sessions.isEmpty
                ? "No sessions yet: start one from the Sessions tab (n)."
                : "No sessions in this window (\(state.window.label)): w changes it."
            buffer.setString(x: area.x, y: layout.numberRow.y, text, style: base.patched(with: theme.style(for: .muted)), maxWidth: area.width)
            return
        }
        renderHeaders(state, layout: layout, visible: visible, theme: theme, base: base, buffer: &buffer)
        renderBody(state, layout: layout, visible: visible, theme: theme, base: base, buffer: &buffer)
        if let odf = layout.odf {
            renderODF(state, in: odf, layout: layout, visible: visible, theme: theme, base: base, buffer: &buffer)
        }
        renderDetail(state, in: layout.detail, theme: theme, base: base, buffer: &buffer)
    }

    private static func renderTitle(
        _ state: TimelineState, layout: TimelineLayout, theme: Theme, base: Style, codeOnly: Bool, buffer: inout Buffer
    ) {
        let columns = state.grid.columns
        let notHeld = columns.filter { !$0.held }.count
        var facts = ["\(columns.count) session\(columns.count == 1 ? "" : "s")" + (notHeld > 0 ? " (\(notHeld) not held)" : "")]
        facts.append(state.window.label)
        facts.append(state.filter.label)
        if let start = state.rangeStart { facts.append("range from \(start)…") }
        let line = Line([
            Span("Timeline ", style: base.patched(with: theme.style(for: .title))),
            Span(state.material.label(codeOnly: codeOnly), style: base.patched(with: theme.style(for: .accent))),
            Span(" · " + facts.joined(separator: " · "), style: base.patched(with: theme.style(for: .muted))),
        ])
        buffer.setLine(x: layout.title.x, y: layout.title.y, line, maxWidth: layout.title.width)
    }

    private static func renderHeaders(
        _ state: TimelineState, layout: TimelineLayout, visible: Range<Int>, theme: Theme, base: Style, buffer: inout Buffer
    ) {
        let muted = base.patched(with: theme.style(for: .muted))
        let columns = state.grid.columns
        let digits = String(columns.map(\.session).max() ?? 1).count
        let numberStep = digits <= 3 ? 5 : 10
        buffer.setString(x: layout.numberRow.x, y: layout.numberRow.y, "session", style: muted, maxWidth: layout.labelWidth)
        let current = base.patched(with: theme.style(for: .selection))
        let cursor = visible.contains(state.cursorColumn) ? state.cursorColumn : nil
        ticks(visible, layout: layout, y: layout.numberRow.y, buffer: &buffer, style: muted,
              cursor: cursor.map { ($0, String(columns[$0].session), current) }) { column in
            let number = columns[column].session
            return column == visible.lowerBound || number % numberStep == 0 ? String(number) : nil
        }
        if let dates = layout.dateRow {
            buffer.setString(x: dates.x, y: dates.y, "date", style: muted, maxWidth: layout.labelWidth)
            ticks(visible, layout: layout, y: dates.y, buffer: &buffer, style: muted,
                  cursor: cursor.map { ($0, TimelineDateText.monthDay(columns[$0].date, timeZone: state.timeZone), current) }) { column in
                let number = columns[column].session
                return column == visible.lowerBound || number % 10 == 0
                    ? TimelineDateText.monthDay(columns[column].date, timeZone: state.timeZone) : nil
            }
        }
        if let notHeld = layout.notHeldRow {
            buffer.setString(x: notHeld.x, y: notHeld.y, "not held", style: muted, maxWidth: layout.labelWidth)
            let warning = base.patched(with: theme.style(for: .warning))
            for column in visible where !columns[column].held {
                let x = layout.x(ofDrawn: column - visible.lowerBound, count: visible.count)
                buffer.setString(x: x, y: notHeld.y, "×", style: warning, maxWidth: 1)
            }
        }
    }

    /// Labels placed left to right at the columns `label` names, skipping any that would touch
    /// the previous one, like ticks on an axis. The cursor's column is always labelled, so the
    /// clinician can read which session the cursor is on while scrolling far from the ticks.
    private static func ticks(
        _ visible: Range<Int>, layout: TimelineLayout, y: Int, buffer: inout Buffer, style: Style,
        cursor: (column: Int, text: String, style: Style)?, label: (Int) -> String?
    ) {
        let right = layout.gridX + layout.visibleColumns + layout.countWidth
        var reserved: Range<Int> = 0..<0
        var cursorX = 0
        if let cursor {
            let width = displayWidth(of: cursor.text)
            cursorX = max(layout.gridX, min(layout.x(ofDrawn: cursor.column - visible.lowerBound, count: visible.count), right - width))
            reserved = (cursorX - 1)..<(cursorX + width + 1)
        }
        var nextFree = layout.gridX
        for column in visible {
            let x = layout.x(ofDrawn: column - visible.lowerBound, count: visible.count)
            guard x >= nextFree, let text = label(column) else { continue }
            let width = displayWidth(of: text)
            guard x + width <= right, !reserved.overlaps(x..<(x + width)) else { continue }
            buffer.setString(x: x, y: y, text, style: style)
            nextFree = x + width + 1
        }
        if let cursor { buffer.setString(x: cursorX, y: y, cursor.text, style: cursor.style, maxWidth: max(0, right - cursorX)) }
    }

    private static func renderBody(
        _ state: TimelineState, layout: TimelineLayout, visible: Range<Int>, theme: Theme, base: Style, buffer: inout Buffer
    ) {
        let body = layout.body
        let muted = base.patched(with: theme.style(for: .muted))
        guard !state.grid.rows.isEmpty else {
            buffer.setString(
                x: body.x, y: body.y, "No \(state.filter == .all ? "codes" : state.filter.label) observed in these sessions: f changes the filter.",
                style: muted, maxWidth: body.width)
            return
        }
        let lineOffset = TimelineLayout.lineOffset(for: state, visibleLines: body.height)
        let columns = state.grid.columns
        let cursorStyle = theme.style(for: .cursor).patched(with: Style(modifiers: .reverse))
        // Counts follow the last column drawn, so a short timeline keeps them close to its cells.
        let countX = layout.gridX + layout.drawnWidth(count: visible.count) + 1
        let sparkX = countX + layout.countWidth + 1
        for (index, line) in state.lines.dropFirst(lineOffset).prefix(body.height).enumerated() {
            let y = body.y + index
            switch line {
            case .heading(let category):
                let style = base.patched(with: theme.style(for: .tag(category: category.rawValue))).patched(with: Style(modifiers: .bold))
                buffer.setString(x: body.x, y: y, TimelineLayout.heading(category), style: style, maxWidth: body.width)
            case .row(let rowIndex):
                let row = state.grid.rows[rowIndex]
                let selected = rowIndex == state.cursorRow
                let labelStyle = selected
                    ? base.patched(with: theme.style(for: .selection))
                    : base.patched(with: theme.style(for: .text))
                buffer.setString(
                    x: body.x, y: y, Truncation.fit("  " + TimelineLayout.label(row.tag), toWidth: layout.labelWidth),
                    style: labelStyle, maxWidth: layout.labelWidth)
                drawCells(row, visible: visible, columns: columns, layout: layout, y: y,
                          cursorColumn: selected ? state.cursorColumn : nil, cursorStyle: cursorStyle,
                          theme: theme, base: base, buffer: &buffer)
                buffer.setString(
                    x: countX, y: y, Truncation.fit(String(row.count), toWidth: layout.countWidth, alignment: .right),
                    style: muted)
                if layout.sparklineWidth > 0 {
                    let tagStyle = base.patched(with: theme.style(for: .tag(category: row.tag.category.rawValue)))
                    Sparkline(counts: buckets(row, columns: columns.count, width: layout.sparklineWidth), style: tagStyle)
                        .render(in: Rect(x: sparkX, y: y, width: layout.sparklineWidth, height: 1), buffer: &buffer)
                }
            }
        }
    }

    private static func drawCells(
        _ row: TimelineGrid.Row, visible: Range<Int>, columns: [TimelineGrid.Column], layout: TimelineLayout, y: Int, cursorColumn: Int?,
        cursorStyle: Style, theme: Theme, base: Style, buffer: inout Buffer
    ) {
        let empty = Cell(grapheme: " ", width: 1, style: base.patched(with: theme.style(for: .intensity(0))))
        let notHeld = Cell(grapheme: "·", width: 1, style: base.patched(with: theme.style(for: .muted)))
        let shaded = (0..<glyphs.count).map { level in
            Cell(grapheme: glyphs[level], width: 1, style: base.patched(with: theme.style(for: .intensity(level))))
        }
        // Walk the row's sparse cells alongside the visible columns instead of searching each one.
        var next = row.cells.partitioningIndex { $0.column >= visible.lowerBound }
        for column in visible {
            var cell = empty
            if next < row.cells.count, row.cells[next].column == column {
                cell = shaded[max(0, min(glyphs.count - 1, row.cells[next].intensity))]
                next += 1
            } else if !columns[column].held {
                cell = notHeld
            }
            if column == cursorColumn { cell.style = cell.style.patched(with: cursorStyle) }
            // One narrow glyph per cell, on cells the render just blanked: set directly rather
            // than measured and mended as `setString` does for arbitrary text.
            let start = layout.x(ofDrawn: column - visible.lowerBound, count: visible.count)
            let end = layout.x(ofDrawn: column - visible.lowerBound + 1, count: visible.count)
            for x in start..<max(start + 1, end) { buffer[x, y] = cell }
        }
    }

    /// Sessions with the tag in each of `width` equal stretches of the window, oldest first.
    static func buckets(_ row: TimelineGrid.Row, columns: Int, width: Int) -> [Int] {
        guard columns > 0, width > 0 else { return [] }
        let count = min(width, columns)
        var values = [Int](repeating: 0, count: count)
        for cell in row.cells {
            values[min(count - 1, cell.column * count / columns)] += 1
        }
        return values
    }

    private static func renderODF(
        _ state: TimelineState, in area: Rect, layout: TimelineLayout, visible: Range<Int>, theme: Theme, base: Style,
        buffer: inout Buffer
    ) {
        let style = base.patched(with: theme.style(for: .chartODF))
        let muted = base.patched(with: theme.style(for: .muted))
        buffer.setString(x: area.x, y: area.y, "ODF", style: style, maxWidth: layout.labelWidth)
        if area.height > 1 {
            buffer.setString(x: area.x, y: area.y + 1, "DMRS 1–7", style: muted, maxWidth: layout.labelWidth - 5)
        }
        let sessions = visible.map { state.grid.columns[$0].odf }
        guard sessions.contains(where: { $0 != nil }) else {
            buffer.setString(x: layout.gridX, y: area.y, "no defenses coded in these sessions", style: muted,
                             maxWidth: max(0, area.right - layout.gridX))
            return
        }
        // The axis labels sit left of the grid so the plot lines up with the columns above.
        let axis = 4
        // One value per terminal column, so stretched cells keep the plot under their sessions.
        var values: [Double?] = []
        for (index, odf) in sessions.enumerated() {
            let width = layout.x(ofDrawn: index + 1, count: sessions.count) - layout.x(ofDrawn: index, count: sessions.count)
            values += Array(repeating: odf, count: max(1, width))
        }
        let chartArea = Rect(x: layout.gridX - axis, y: area.y, width: values.count + axis, height: area.height)
        LineChart(values, minimum: 1, maximum: 7, style: style, axisStyle: muted).render(in: chartArea, buffer: &buffer)
    }

    private static func renderDetail(_ state: TimelineState, in area: Rect, theme: Theme, base: Style, buffer: inout Buffer) {
        guard !area.isEmpty, let column = state.cursorSession else { return }
        let muted = base.patched(with: theme.style(for: .muted))
        let text = base.patched(with: theme.style(for: .text))
        let accent = base.patched(with: theme.style(for: .accent))
        var head = [Span("Session \(column.session)", style: accent),
                    Span(" · " + TimelineDateText.day(column.date, timeZone: state.timeZone), style: text)]
        if !column.held {
            let attendance = state.material.sessions.first { $0.number == column.session }?.attendance ?? "not held"
            head.append(Span(" · \(attendance)", style: base.patched(with: theme.style(for: .warning))))
        }
        if let odf = column.odf { head.append(Span(" · ODF \(String(format: "%.1f", odf))", style: muted)) }
        var lines: [Line] = []
        if let tag = state.cursorTag {
            head.append(Span(" · ", style: muted))
            head.append(Span(TimelineLayout.label(tag), style: base.patched(with: theme.style(for: .tag(category: tag.category.rawValue)))))
            if let cell = state.cursorCell {
                head.append(Span(" · " + intensityName(cell.intensity), style: text))
                lines.append(Line(head))
                if let evidence = state.cursorEvidence {
                    if evidence.observations.isEmpty {
                        lines.append(Line([Span("(no longer in the notes: R reads them again)", style: muted)]))
                    }
                    for observation in evidence.observations {
                        let quote = observation.evidence.isEmpty ? "(no evidence recorded)" : "“\(observation.evidence)”"
                        var spans = [Span(quote, style: text)]
                        if observation.intensity != cell.intensity || evidence.observations.count > 1 {
                            spans.append(Span(" (\(intensityName(observation.intensity)))", style: muted))
                        }
                        if !observation.comment.isEmpty { spans.append(Span(" — " + observation.comment, style: muted)) }
                        lines.append(Line(spans))
                    }
                }
            } else {
                head.append(Span(" · not observed", style: muted))
                lines.append(Line(head))
            }
        } else {
            lines.append(Line(head))
        }
        Paragraph(lines, wrap: true, style: base).render(in: area, buffer: &buffer)
    }

    static func intensityName(_ intensity: Int) -> String {
        switch intensity {
        case 1: "tentative (1)"
        case 3: "strong (3)"
        default: "clear (\(intensity))"
        }
    }
}

fileprivate extension Array {
    /// The first index whose element satisfies `predicate`, for a predicate that is false then true along the array.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if predicate(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
