import CasebookCore
import Foundation
import TerminalKit

/// The patterns part of the Clients screen's preview pane: top recurring themes with
/// sparklines of the recent sessions, the ODF trend and the client's CCRT.
public enum ClientPreviewPatterns {
    /// One read of the client's material; the caller keeps the result while the client stays selected.
    public static func summary(store: CaseStore, clientID: Int64) throws -> ClientPatternSummary {
        ClientPatternSummary(material: try ClientAnalyticsMaterial.load(store: store, clientID: clientID))
    }

    /// Rows the summary needs at most, so the caller can size the pane's parts.
    public static func height(_ summary: ClientPatternSummary) -> Int {
        1 + max(1, summary.themes.count) + 1 + (summary.ccrtWish == nil ? 0 : 1)
    }

    public static func render(_ summary: ClientPatternSummary, in area: Rect, buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        let base = theme.style(for: .background)
        let heading = base.patched(with: theme.style(for: .accent))
        let text = base.patched(with: theme.style(for: .text))
        let muted = base.patched(with: theme.style(for: .muted))
        var y = area.y
        func room() -> Bool { y < area.bottom }
        let span = summary.recentSessions.map { $0.lowerBound == $0.upperBound ? "session \($0.lowerBound)" : "sessions \($0.lowerBound)–\($0.upperBound)" }
        buffer.setLine(x: area.x, y: y, Line([
            Span("Recurring themes", style: heading),
            Span(span.map { " · \($0)" } ?? "", style: muted),
        ]), maxWidth: area.width)
        y += 1
        if summary.themes.isEmpty, room() {
            buffer.setString(x: area.x, y: y, summary.heldSessions == 0 ? "no sessions held yet" : "no themes coded yet",
                             style: muted, maxWidth: area.width)
            y += 1
        }
        let sparkWidth = min(ClientPatternSummary.recentSessionCount, max(0, area.width / 3))
        let statsWidth = 9
        let nameWidth = max(4, area.width - sparkWidth - statsWidth - 2)
        let themeStyle = base.patched(with: theme.style(for: .tagTheme))
        for entry in summary.themes where room() {
            buffer.setString(x: area.x, y: y, Truncation.fit(entry.name, toWidth: nameWidth), style: themeStyle, maxWidth: nameWidth)
            var x = area.x + nameWidth + 1
            if sparkWidth > 0 {
                Sparkline(counts: entry.recent, maximum: 3, style: themeStyle)
                    .render(in: Rect(x: x, y: y, width: sparkWidth, height: 1), buffer: &buffer)
                x += sparkWidth + 1
            }
            let stats = "\(Int((entry.ratio * 100).rounded()))% \(PatternsView.arrow(entry.trend))"
            buffer.setString(x: x, y: y, Truncation.fit(stats, toWidth: statsWidth, alignment: .right), style: text,
                             maxWidth: max(0, area.right - x))
            y += 1
        }
        if room() {
            let odfStyle = base.patched(with: theme.style(for: .chartODF))
            buffer.setString(x: area.x, y: y, "ODF", style: odfStyle)
            if summary.recentODF.contains(where: { $0 != nil }) {
                let width = min(summary.recentODF.count, max(0, area.width - 4))
                Sparkline(summary.recentODF, maximum: 7, style: odfStyle)
                    .render(in: Rect(x: area.x + 4, y: y, width: width, height: 1), buffer: &buffer)
                if let trend = summary.odfTrend {
                    let change = trend.to - trend.from
                    let arrow = change >= 0.25 ? "↑" : change <= -0.25 ? "↓" : "→"
                    let label = " \(PatternsView.format(trend.from)) → \(PatternsView.format(trend.to)) \(arrow)"
                    buffer.setString(x: area.x + 4 + width, y: y, label, style: text, maxWidth: max(0, area.right - area.x - 4 - width))
                }
            } else {
                buffer.setString(x: area.x + 4, y: y, "no defenses coded recently", style: muted, maxWidth: max(0, area.width - 4))
            }
            y += 1
        }
        if room(), let wish = summary.ccrtWish {
            var spans = [Span("CCRT ", style: heading), Span("W ", style: muted), Span(wish, style: base.patched(with: theme.style(for: .tagCCRTWish)))]
            if let ro = summary.ccrtRO { spans += [Span(" · RO ", style: muted), Span(ro, style: base.patched(with: theme.style(for: .tagCCRTResponseOfOther)))] }
            if let rs = summary.ccrtRS { spans += [Span(" · RS ", style: muted), Span(rs, style: base.patched(with: theme.style(for: .tagCCRTResponseOfSelf)))] }
            let line = Line(spans)
            if line.width <= area.width {
                buffer.setLine(x: area.x, y: y, line, maxWidth: area.width)
            } else {
                buffer.setString(x: area.x, y: y, Truncation.truncate(line.text, toWidth: area.width), style: text)
            }
        }
    }
}
