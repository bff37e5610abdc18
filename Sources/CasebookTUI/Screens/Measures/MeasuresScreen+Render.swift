import CasebookCore
import TerminalKit

extension MeasuresScreen {
    public static func render(_ state: MeasuresState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        guard !area.isEmpty else { return nil }
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .text)))
        let chartHeight = state.measures.isEmpty ? 0 : min(14, max(5, area.height * 2 / 5))
        let parts = Layout.vertical([.fill(1), .length(chartHeight)]).split(area)
        renderTable(state, in: parts[0], buffer: &buffer, theme: theme)
        if chartHeight > 0 { renderChart(state, in: parts[1], buffer: &buffer, theme: theme) }
        if let form = state.form { return renderForm(form, state: state, in: area, buffer: &buffer, theme: theme) }
        if let id = state.confirmingRemoval, let measure = state.measures.first(where: { $0.id == id }) {
            let number = state.session(id: measure.sessionID).map { "session \($0.number)" } ?? "its session"
            Dialog(title: "Remove measure", body: "Remove \(measure.instrument) \(CaseworkFormat.score(measure.score)) of \(number)?  y remove · n keep",
                   buttons: ["Remove", "Keep"], style: theme.style(for: .text), borderStyle: theme.style(for: .border),
                   selectedButtonStyle: theme.style(for: .selection)).render(in: area, buffer: &buffer)
        }
        return nil
    }

    static func renderTable(_ state: MeasuresState, in area: Rect, buffer: inout Buffer, theme: Theme) {
        let block = Block(title: "Measures", borderStyle: theme.style(for: .border), titleStyle: theme.style(for: .title))
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        guard !state.measures.isEmpty else {
            Paragraph(text: "No measures yet. Press a to add a PHQ-9, GAD-7 or any instrument's score for a session.",
                      style: theme.style(for: .muted)).render(in: inner, buffer: &buffer)
            return
        }
        let wide = inner.width >= 70
        var columns = [TableColumn("Session", width: .length(7), alignment: .right), TableColumn("Date", width: .length(10)),
                       TableColumn("Instrument", width: .fill(1)), TableColumn("Score", width: .length(6), alignment: .right),
                       TableColumn("Severity", width: .length(wide ? 18 : 10))]
        if inner.width < 50 { columns.remove(at: 1) }
        let rows = state.measures.map { m -> [Span] in
            let session = state.session(id: m.sessionID)
            let band = MeasureBand.band(instrument: m.instrument, score: m.score) ?? ""
            var cells = [Span(session.map { "#\($0.number)" } ?? "?"), Span(session.map { CaseworkFormat.day($0.startedAt) } ?? ""),
                         Span(m.instrument), Span(CaseworkFormat.score(m.score)), Span(band, style: bandStyle(band, theme: theme))]
            if inner.width < 50 { cells.remove(at: 1) }
            return cells
        }
        var list = ListState(selected: state.selected)
        list.keepSelectionVisible(itemCount: rows.count, height: inner.height - 1)
        Table(columns: columns, rowCount: rows.count, headerStyle: theme.style(for: .muted).patched(with: Style(modifiers: .bold)),
              highlightStyle: theme.style(for: .selection), style: theme.style(for: .text)) { r, c in rows[r][c] }
            .render(in: inner, buffer: &buffer, state: &list)
    }

    static func bandStyle(_ band: String, theme: Theme) -> Style {
        switch band {
        case "severe", "moderately severe": theme.style(for: .error)
        case "moderate": theme.style(for: .warning)
        case "": theme.style(for: .muted)
        default: theme.style(for: .text)
        }
    }

    static func renderChart(_ state: MeasuresState, in area: Rect, buffer: inout Buffer, theme: Theme) {
        let points = state.chartPoints
        let name = state.chartInstrument ?? ""
        let others = state.instruments.count > 1 ? " · i: next instrument" : ""
        let span: String
        switch (points.first, points.last) {
        case let (first?, last?) where first.session != last.session: span = " · sessions \(first.session)–\(last.session)"
        case let (first?, _): span = " · session \(first.session)"
        default: span = ""
        }
        let block = Block(title: "\(name) over sessions\(span)\(others)", borderStyle: theme.style(for: .border),
                          titleStyle: theme.style(for: .title))
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        guard inner.height >= 2, inner.width > 6 else { return }
        let plot = inner.inset(top: 0, right: 0, bottom: 1, left: 0)
        let scale = MeasureBand.scale(of: name)
        LineChart(points.map { Optional($0.score) }, minimum: scale?.lowerBound, maximum: scale?.upperBound,
                  style: theme.style(for: .accent), axisStyle: theme.style(for: .muted), decimals: scale == nil ? 1 : 0)
            .render(in: plot, buffer: &buffer)
        guard let first = points.first, let last = points.last else { return }
        let left = "#\(first.session)", right = "#\(last.session)"
        let y = inner.bottom - 1
        CaseworkFormat.put(left, x: inner.x + 3, y: y, width: inner.width - 3, style: theme.style(for: .muted), buffer: &buffer)
        if points.count > 1 {
            let x = max(inner.x + 4 + displayWidth(of: left), inner.right - displayWidth(of: right))
            CaseworkFormat.put(right, x: x, y: y, width: inner.right - x, style: theme.style(for: .muted), buffer: &buffer)
        }
    }

    static func renderForm(_ form: MeasureForm, state: MeasuresState, in area: Rect, buffer: inout Buffer, theme: Theme) -> Position? {
        let height = form.isCustom ? 10 : 9
        let box = area.centered(Size(width: min(64, area.width), height: min(height, area.height)))
        buffer.fill(area: box, cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .text)))
        let block = Block(title: "Add a measure", borderStyle: theme.style(for: .borderFocused), titleStyle: theme.style(for: .title))
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
        guard inner.height >= 2, inner.width > 14 else { return nil }
        let labelWidth = 12
        var y = inner.y
        var cursor: Position?
        func label(_ text: String, _ field: MeasureForm.Field) {
            let style = form.field == field ? theme.style(for: .accent) : theme.style(for: .muted)
            CaseworkFormat.put(text, x: inner.x, y: y, width: labelWidth, style: style, buffer: &buffer)
        }
        func choice(_ text: String, _ field: MeasureForm.Field) {
            let style = form.field == field ? theme.style(for: .selection) : theme.style(for: .text)
            CaseworkFormat.put("‹ \(text) ›", x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, style: style, buffer: &buffer)
        }
        func input(_ state: TextInputState, _ field: MeasureForm.Field, placeholder: String) {
            var copy = state
            let row = Rect(x: inner.x + labelWidth, y: y, width: max(0, inner.width - labelWidth), height: 1)
            TextInput(placeholder: placeholder, style: theme.style(for: form.field == field ? .selection : .text),
                      placeholderStyle: theme.style(for: .muted), showsCursor: form.field == field)
                .render(in: row, buffer: &buffer, state: &copy)
            if form.field == field { cursor = copy.cursorPosition }
        }
        let session = state.sessions.indices.contains(form.sessionIndex) ? state.sessions[form.sessionIndex] : nil
        label("Session", .session)
        choice(session.map { "#\($0.number) · \(CaseworkFormat.day($0.startedAt))" } ?? "none", .session)
        y += 1
        label("Instrument", .instrument)
        choice(MeasureForm.instruments[form.instrumentIndex], .instrument)
        y += 1
        if form.isCustom {
            label("Name", .customName)
            input(form.customName, .customName, placeholder: "e.g. ORS, CORE-10")
            y += 1
        }
        label("Score", .score)
        let range = MeasureBand.scale(of: form.instrument).map { "\(Int($0.lowerBound))–\(Int($0.upperBound))" } ?? "any number"
        input(form.score, .score, placeholder: range)
        y += 2
        if let error = form.error {
            Paragraph(text: error, style: theme.style(for: .error))
                .render(in: Rect(x: inner.x, y: y, width: inner.width, height: max(0, min(2, inner.bottom - y - 1))), buffer: &buffer)
        } else if let band = MeasureBand.band(instrument: form.instrument, score: Double(form.score.text) ?? -1) {
            CaseworkFormat.put("Severity: \(band)", x: inner.x, y: y, width: inner.width, style: theme.style(for: .muted), buffer: &buffer)
        }
        CaseworkFormat.put("Enter save · Tab next · ←/→ change · Esc cancel", x: inner.x, y: inner.bottom - 1, width: inner.width,
                           style: theme.style(for: .muted), buffer: &buffer)
        return cursor
    }
}
