import CasebookCore
import TerminalKit

/// The observations pane: a title rule, then one row per observation (two beside the note,
/// where it is narrow and tall), then the `#slugs` the codebook could not settle.
enum ObservationsPaneView {
    static func render(_ state: SessionScreenState, in area: Rect, beside: Bool, buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        let focused = state.focus == .observations && state.overlay == nil
        let border = theme.style(for: focused ? .borderFocused : .border)
        var content = area
        if beside {
            for y in area.top..<area.bottom { buffer.setString(x: area.x, y: y, "│", style: border) }
            content = area.inset(top: 0, right: 0, bottom: 0, left: 2)
        } else {
            buffer.setString(x: area.x, y: area.y, String(repeating: "─", count: area.width), style: border)
        }
        let rowCount = state.paneRowCount
        let title = " Observations (\(state.observations.count)) "
        buffer.setString(x: content.x + (beside ? 0 : 1), y: area.y, title, style: theme.style(for: .title), maxWidth: content.width)
        let list = content.inset(top: 1, right: beside ? 1 : 0, bottom: 0, left: beside ? 0 : 1)
        guard !list.isEmpty else { return }
        guard rowCount > 0 else {
            let hint = state.isSigned ? "None." : "None yet: type #tag in the process note, or a to add one."
            Paragraph(text: hint, style: theme.style(for: .muted)).render(in: list, buffer: &buffer)
            return
        }
        let rowHeight = beside ? 2 : 1
        let visible = max(1, list.height / rowHeight)
        let selected = min(state.paneSelection, rowCount - 1)
        let first = max(0, selected - visible + 1)
        for (slot, index) in (first..<min(rowCount, first + visible)).enumerated() {
            let y = list.y + slot * rowHeight
            let rowArea = Rect(x: list.x, y: y, width: list.width, height: min(rowHeight, list.bottom - y))
            let isSelected = index == selected && focused
            draw(state.paneRow(index), in: rowArea, twoLines: beside, buffer: &buffer, theme: theme)
            if isSelected { buffer.setStyle(area: rowArea, style: theme.style(for: .selection)) }
        }
    }

    static func draw(_ row: ObservationRow, in area: Rect, twoLines: Bool, buffer: inout Buffer, theme: Theme) {
        let muted = theme.style(for: .muted)
        switch row {
        case .observation(let detail):
            let observation = detail.observation
            let categoryStyle = theme.style(for: .tag(category: detail.tag.category.rawValue))
            let dots = Span(SessionFormat.intensity(observation.intensity), style: theme.style(for: .intensity(observation.intensity)))
            let source = Span(observation.source == .inline ? "inline" : "manual", style: muted)
            let category = Span(SessionFormat.shortName(detail.tag.category), style: categoryStyle)
            let evidence = observation.evidence.isEmpty ? "" : "“\(observation.evidence)”"
            if twoLines {
                // Beside the note: the code on the first row, the evidence under it.
                let tag = Span(detail.tag.name, style: categoryStyle.patched(with: Style(modifiers: .bold)))
                let right = Line([dots, Span(" "), source])
                let leftRoom = max(0, area.width - right.width - 1)
                let left = Line([tag, Span(" · ", style: muted), category])
                if left.width <= leftRoom {
                    buffer.setLine(x: area.x, y: area.y, left, maxWidth: leftRoom, baseStyle: buffer.styleAt(x: area.x, y: area.y))
                } else {
                    buffer.setString(x: area.x, y: area.y, Truncation.truncate(detail.tag.name, toWidth: leftRoom), style: tag.style)
                }
                buffer.setLine(x: area.right - right.width, y: area.y, right, baseStyle: buffer.styleAt(x: area.x, y: area.y))
                if area.height > 1 {
                    buffer.setString(x: area.x + 2, y: area.y + 1, Truncation.truncate(evidence, toWidth: area.width - 2), style: muted)
                }
            } else {
                let fixed = Line([
                    Span(Truncation.fit(SessionFormat.shortName(detail.tag.category), toWidth: 10), style: categoryStyle),
                    Span(Truncation.fit(detail.tag.name, toWidth: 20), style: categoryStyle.patched(with: Style(modifiers: .bold))),
                    Span(" "), dots, Span(" "), Span(Truncation.fit(source.text, toWidth: 7), style: muted),
                ])
                let used = buffer.setLine(x: area.x, y: area.y, fixed, maxWidth: area.width, baseStyle: buffer.styleAt(x: area.x, y: area.y))
                buffer.setString(x: area.x + used, y: area.y, Truncation.truncate(evidence, toWidth: area.width - used), style: muted)
            }
        case .unknown(let tag):
            let text = "unknown: #\(tag.written) — a to add as theme"
            buffer.setString(x: area.x, y: area.y, Truncation.truncate(text, toWidth: area.width), style: theme.style(for: .tagUnknown))
        case .ambiguous(let tag):
            let text = "ambiguous: #\(tag.written) — write #category/\(tag.tag.slug)"
            buffer.setString(x: area.x, y: area.y, Truncation.truncate(text, toWidth: area.width), style: theme.style(for: .tagUnknown))
        }
    }
}
