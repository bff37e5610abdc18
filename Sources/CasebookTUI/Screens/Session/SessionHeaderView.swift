import CasebookCore
import TerminalKit

/// The header row: who (code or name), which session, when, which layer, and the clock.
enum SessionHeaderView {
    static func render(_ state: SessionScreenState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) {
        guard !area.isEmpty else { return }
        let bar = theme.style(for: .status)
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: bar))
        let who = codeOnly ? state.clientCode : state.clientName
        var spans: [Span] = [
            Span(" \(who)", style: theme.style(for: .title)),
            Span(" · Session \(state.session.number) · \(SessionFormat.dateTime(state.session.startedAt)) · "),
            Span(SessionFormat.layerLabel(state.layer), style: theme.style(for: .statusAccent)),
        ]
        if let signed = state.session.signedAt {
            spans.append(Span(" · signed \(SessionFormat.day(signed))", style: theme.style(for: .muted)))
        }
        let clock = state.clock.text(at: state.now)
        let clockStyle = state.clock.isOverrun(at: state.now) ? theme.style(for: .warning) : bar
        let right = Line([Span(clock + " ", style: clockStyle)])
        StatusLine(left: Line(spans), right: right, style: bar).render(in: area, buffer: &buffer)
    }
}
