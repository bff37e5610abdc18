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
        let inner = block.inner(area).inset(top: 0, right: 1, bottom: 0, left: 1)
        guard !inner.isEmpty else { return }
        Paragraph(lines(item, state: state, theme: theme), wrap: true, scroll: state.clients.previewScroll, style: base)
            .render(in: inner, buffer: &buffer)
    }

    /// How far the preview can scroll at this size: its wrapped rows minus the rows shown.
    /// Styles do not change wrapping, so any theme gives the same count.
    public static func maxScroll(_ state: AppState) -> Int {
        guard let item = state.clients.selected else { return 0 }
        let inner = Block(title: "", border: .rounded).inner(ScreenGeometry.clients(state.size).preview)
            .inset(top: 0, right: 1, bottom: 0, left: 1)
        guard !inner.isEmpty else { return 0 }
        let rows = Paragraph(lines(item, state: state, theme: .builtinDefault), wrap: true).rowCount(width: inner.width)
        return max(0, rows - inner.height)
    }

    static func lines(_ item: ClientListItem, state: AppState, theme: Theme) -> [Line] {
        let base = theme.style(for: .background)
        let heading = base.patched(with: theme.style(for: .accent))
        let text = base.patched(with: theme.style(for: .text))
        let muted = base.patched(with: theme.style(for: .muted))
        var lines: [Line] = []
        var facts = [item.status]
        if !item.frequency.isEmpty { facts.append(item.frequency) }
        facts.append(item.sessionCount == 1 ? "1 session" : "\(item.sessionCount) sessions")
        if let last = item.lastSeen { facts.append("last \(DateText.day(last, timeZone: state.timeZone))") }
        lines.append(Line(facts.joined(separator: " · "), style: muted))
        lines.append(Line(""))
        lines.append(Line("Presenting concerns", style: heading))
        lines.append(item.presentingConcerns.isEmpty ? Line("none recorded", style: muted) : Line(item.presentingConcerns, style: text))
        lines.append(Line(""))
        lines.append(Line("Most frequent codes", style: heading))
        if item.frequentTags.isEmpty {
            lines.append(Line("none yet", style: muted))
        } else {
            lines.append(TagChipsLine.line(item.frequentTags, theme: theme, base: base, counts: true))
        }
        lines.append(Line(""))
        var lastTitle = "Last session"
        if let number = item.lastSessionNumber, let date = item.lastSessionDate {
            lastTitle += " (#\(number), \(DateText.day(date, timeZone: state.timeZone)))"
        }
        lines.append(Line(lastTitle, style: heading))
        if item.lastSessionLines.isEmpty {
            lines.append(Line(item.sessionCount == 0 ? "no session yet: n starts one" : "no note written", style: muted))
        } else {
            lines += item.lastSessionLines.map { Line($0, style: text) }
        }
        return lines
    }
}
