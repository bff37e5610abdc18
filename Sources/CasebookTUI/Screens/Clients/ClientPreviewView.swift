import TerminalKit

/// The side pane of the Clients screen: what the selected client came with, what recurs, and
/// how the last session began.
public enum ClientPreviewView {
    public static func render(_ state: AppState, in area: Rect, buffer: inout Buffer, theme: Theme) {
        let base = theme.style(for: .background)
        let focused = state.clients.focus == .preview
        guard let item = state.clients.selected else {
            Block(title: "Preview", border: .rounded, borderStyle: theme.style(for: .border), style: base)
                .render(in: area, buffer: &buffer)
            return
        }
        let block = Block(title: item.label(codeOnly: state.codeOnly), border: .rounded,
                          borderStyle: theme.style(for: focused ? .borderFocused : .border),
                          titleStyle: theme.style(for: .title), style: base)
        block.render(in: area, buffer: &buffer)
        let parts = areas(state, preview: area)
        guard !parts.text.isEmpty else { return }
        Paragraph(lines(item, state: state, theme: theme, width: parts.text.width), wrap: true, scroll: state.clients.previewScroll, style: base)
            .render(in: parts.text, buffer: &buffer)
        if let patterns = state.clients.patterns, state.clients.patternsClientID == item.id, !parts.patterns.isEmpty {
            ClientPreviewPatterns.render(patterns, in: parts.patterns, buffer: &buffer, theme: theme)
        }
    }

    /// The pane's text (scrolls) above the patterns (recurring themes, ODF, CCRT), which keep
    /// their rows at the bottom while at least a few rows of text remain.
    static func areas(_ state: AppState, preview: Rect) -> (text: Rect, patterns: Rect) {
        let inner = Block(title: "", border: .rounded).inner(preview).inset(top: 0, right: 1, bottom: 0, left: 1)
        guard let patterns = state.clients.patterns, state.clients.patternsClientID == state.clients.selected?.id else {
            return (inner, Rect(x: inner.x, y: inner.bottom, width: inner.width, height: 0))
        }
        let wanted = ClientPreviewPatterns.height(patterns) + 1
        let height = inner.height - wanted >= 6 ? wanted : 0
        let text = inner.inset(top: 0, right: 0, bottom: height, left: 0)
        let patternArea = Rect(x: inner.x, y: text.bottom + 1, width: inner.width, height: max(0, height - 1))
        return (text, patternArea)
    }

    /// How far the preview's text can scroll at this size: its wrapped rows minus the rows shown.
    /// Styles do not change wrapping, so any theme gives the same count.
    public static func maxScroll(_ state: AppState) -> Int {
        guard let item = state.clients.selected else { return 0 }
        let text = areas(state, preview: ScreenGeometry.clients(state.size).preview).text
        guard !text.isEmpty else { return 0 }
        let rows = Paragraph(lines(item, state: state, theme: .builtinDefault, width: text.width), wrap: true)
            .rowCount(width: text.width)
        return max(0, rows - text.height)
    }

    /// The text at `width`: lists joined with " · " are broken between their items here, since
    /// word wrapping would leave a separator dangling at a line's end.
    static func lines(_ item: ClientListItem, state: AppState, theme: Theme, width: Int) -> [Line] {
        let base = theme.style(for: .background)
        let heading = base.patched(with: theme.style(for: .accent))
        let text = base.patched(with: theme.style(for: .text))
        let muted = base.patched(with: theme.style(for: .muted))
        var lines: [Line] = []
        var facts = [item.status]
        if !item.frequency.isEmpty { facts.append(item.frequency) }
        facts.append(item.sessionCount == 1 ? "1 session" : "\(item.sessionCount) sessions")
        if let last = item.lastSeen { facts.append("last \(DateText.day(last, timeZone: state.timeZone))") }
        lines += SeparatedLines.lines(facts.map { Line($0, style: muted) }, separator: Span(" · ", style: muted), width: width)
        lines.append(Line(""))
        lines.append(Line("Presenting concerns", style: heading))
        lines.append(item.presentingConcerns.isEmpty ? Line("none recorded", style: muted) : Line(item.presentingConcerns, style: text))
        lines.append(Line(""))
        lines.append(Line("Most frequent codes", style: heading))
        // Read when the selection lands on the client, before the next frame; until then (or
        // when the read failed, which the status line says) nothing stands in for it.
        let detail = state.clients.detailClientID == item.id ? state.clients.detail : nil
        if let detail {
            if detail.frequentTags.isEmpty {
                lines.append(Line("none yet", style: muted))
            } else {
                lines += TagChipsLine.lines(detail.frequentTags, theme: theme, base: base, counts: true, width: width)
            }
        } else {
            lines.append(Line("…", style: muted))
        }
        lines.append(Line(""))
        var lastTitle = "Last session"
        if let number = detail?.lastSessionNumber, let date = detail?.lastSessionDate {
            lastTitle += " (#\(number), \(DateText.day(date, timeZone: state.timeZone)))"
        }
        lines.append(Line(lastTitle, style: heading))
        if let detail {
            if detail.lastSessionLines.isEmpty {
                lines.append(Line(item.sessionCount == 0 ? "no session yet: n starts one" : "no note written", style: muted))
            } else {
                lines += detail.lastSessionLines.map { Line($0, style: text) }
            }
        } else {
            lines.append(Line("…", style: muted))
        }
        return lines
    }
}
