import CasebookCore
import Foundation
import TerminalKit

/// Draws the Patterns view: a summary line, the section tabs, then the chosen section.
enum PatternsView {
    static func render(_ state: PatternsState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) {
        guard !area.isEmpty else { return }
        let base = theme.style(for: .background)
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: base))
        let report = state.report
        let muted = base.patched(with: theme.style(for: .muted))
        var facts = ["\(report.sessions) held session\(report.sessions == 1 ? "" : "s")"]
        if report.sessionsNotHeld > 0 { facts.append("\(report.sessionsNotHeld) not held") }
        facts.append(state.window.label)
        if let odf = report.odfOverall { facts.append("ODF \(format(odf))") }
        buffer.setLine(x: area.x, y: area.y, Line([
            Span("Patterns ", style: base.patched(with: theme.style(for: .title))),
            Span(state.material.label(codeOnly: codeOnly), style: base.patched(with: theme.style(for: .accent))),
            Span(" · " + facts.joined(separator: " · "), style: muted),
        ]), maxWidth: area.width)
        guard area.height > 3 else { return }
        Tabs(PatternsSection.allCases.map(\.title), selected: state.section.rawValue,
             style: muted, highlightStyle: theme.style(for: .selection).patched(with: Style(modifiers: .bold)))
            .render(in: Rect(x: area.x, y: area.y + 1, width: area.width, height: 1), buffer: &buffer)
        let body = area.inset(top: 3, right: 0, bottom: 0, left: 0)
        guard !body.isEmpty else { return }
        guard report.sessions > 0 else {
            buffer.setString(x: body.x, y: body.y, "No held sessions in this window yet.", style: muted, maxWidth: body.width)
            return
        }
        switch state.section {
        case .recurrence: renderRecurrence(state, in: body, theme: theme, base: base, buffer: &buffer)
        case .cooccurrence: renderPairs(state, in: body, theme: theme, base: base, buffer: &buffer)
        case .defenses: renderDefenses(state, in: body, theme: theme, base: base, buffer: &buffer)
        case .ccrt: renderCCRT(state, in: body, theme: theme, base: base, buffer: &buffer)
        }
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    static func arrow(_ trend: Trend) -> String {
        switch trend {
        case .rising: "↑"
        case .falling: "↓"
        case .flat: "→"
        }
    }

    private static func renderRecurrence(_ state: PatternsState, in area: Rect, theme: Theme, base: Style, buffer: inout Buffer) {
        let rows = state.recurrence
        guard !rows.isEmpty else {
            buffer.setString(x: area.x, y: area.y, "Nothing coded in these sessions.", style: base.patched(with: theme.style(for: .muted)))
            return
        }
        func title(_ key: RecurrenceSortKey, _ text: String) -> String {
            guard state.sortKey == key else { return text }
            return text + (state.reversed ? "▲" : "▼")
        }
        let narrow = area.width < 90
        let columns = [
            TableColumn(title(.tag, "Tag"), width: .fill(1)),
            TableColumn(title(.category, "Category"), width: .length(narrow ? 12 : 20)),
            TableColumn(title(.sessions, narrow ? "Sess" : "Sessions"), width: .length(narrow ? 5 : 9), alignment: .right),
            TableColumn(title(.ratio, "Ratio"), width: .length(6), alignment: .right),
            TableColumn(title(.first, "First"), width: .length(6), alignment: .right),
            TableColumn(title(.last, "Last"), width: .length(6), alignment: .right),
            TableColumn(title(.streak, narrow ? "Strk" : "Streak"), width: .length(narrow ? 5 : 7), alignment: .right),
            TableColumn(title(.trend, "Trend"), width: .length(narrow ? 5 : 6), alignment: .center),
        ]
        let text = base.patched(with: theme.style(for: .text))
        var list = state.recurrenceList
        Table(columns: columns, rowCount: rows.count, headerStyle: base.patched(with: theme.style(for: .accent)),
              highlightStyle: theme.style(for: .selection), style: text) { row, column in
            let entry = rows[row]
            switch column {
            case 0: return Span(entry.tag, style: theme.style(for: .tag(category: entry.category.rawValue)))
            case 1: return Span(entry.category.displayName, style: theme.style(for: .muted))
            case 2: return Span(String(entry.sessions))
            case 3: return Span(percent(entry.ratio))
            case 4: return Span(String(entry.first))
            case 5: return Span(String(entry.last))
            case 6: return Span(String(entry.longestStreak))
            default: return Span(arrow(entry.trend))
            }
        }.render(in: area, buffer: &buffer, state: &list)
    }

    private static func renderPairs(_ state: PatternsState, in area: Rect, theme: Theme, base: Style, buffer: inout Buffer) {
        let pairs = state.report.cooccurrence
        guard !pairs.isEmpty else {
            buffer.setString(x: area.x, y: area.y, "No two codes seen together in at least \(Cooccurrence.defaultMinimumCount) sessions.",
                             style: base.patched(with: theme.style(for: .muted)), maxWidth: area.width)
            return
        }
        let columns = [
            TableColumn("Seen together", width: .fill(1)),
            TableColumn("and", width: .fill(1)),
            TableColumn("Sessions", width: .length(9), alignment: .right),
            TableColumn("Jaccard", width: .length(8), alignment: .right),
        ]
        var list = state.pairList
        Table(columns: columns, rowCount: pairs.count, headerStyle: base.patched(with: theme.style(for: .accent)),
              highlightStyle: theme.style(for: .selection), style: base.patched(with: theme.style(for: .text))) { row, column in
            let pair = pairs[row]
            switch column {
            case 0: return Span(pair.a, style: theme.style(for: .tag(category: pair.aCategory.rawValue)))
            case 1: return Span(pair.b, style: theme.style(for: .tag(category: pair.bCategory.rawValue)))
            case 2: return Span(String(pair.count))
            default: return Span(String(format: "%.2f", pair.jaccard))
            }
        }.render(in: area, buffer: &buffer, state: &list)
    }

    /// A bar of `width` cells for a share, in eighths so small shares still show.
    static func bar(_ share: Double, width: Int) -> String {
        let eighths = Int((max(0, min(1, share)) * Double(width * 8)).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        let text = String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
        return text + String(repeating: " ", count: max(0, width - displayWidth(of: text)))
    }

    static func shift(_ value: Double?) -> String {
        guard let value else { return "" }
        let points = Int((value * 100).rounded())
        return points > 0 ? "+\(points)" : points < 0 ? "−\(-points)" : "±0"
    }

    private static func renderDefenses(_ state: PatternsState, in area: Rect, theme: Theme, base: Style, buffer: inout Buffer) {
        let profile = state.report.defenseProfile
        let text = base.patched(with: theme.style(for: .text))
        let muted = base.patched(with: theme.style(for: .muted))
        let accent = base.patched(with: theme.style(for: .accent))
        let defense = base.patched(with: theme.style(for: .tagDefense))
        guard profile.window.observations > 0 else {
            buffer.setString(x: area.x, y: area.y, "No defenses coded in these sessions.", style: muted, maxWidth: area.width)
            return
        }
        let barWidth = area.width >= 100 ? 24 : 12
        let hasThirds = profile.firstThird != nil && profile.lastThird != nil
        var lines: [Line] = []
        lines.append(Line([
            Span("Defense profile", style: accent),
            Span(" · \(profile.window.observations) defense observations", style: muted),
        ]))
        let nameWidth = 24
        var header = Truncation.fit("DMRS level", toWidth: nameWidth) + " " + Truncation.fit("share", toWidth: barWidth + 5)
        if hasThirds { header += "  first⅓  last⅓  shift" }
        lines.append(Line(header, style: muted))
        for level in DMRSLevel.allCases.reversed() {
            let share = profile.window.levels[level.rawValue - 1]
            var spans = [
                Span(Truncation.fit("\(level.rawValue) \(level.name)", toWidth: nameWidth) + " ", style: text),
                Span(bar(share, width: barWidth), style: defense),
                Span(Truncation.fit(percent(share), toWidth: 5, alignment: .right), style: text),
            ]
            if let first = profile.firstThird, let last = profile.lastThird {
                let a = first.levels[level.rawValue - 1], b = last.levels[level.rawValue - 1]
                spans.append(Span(
                    "  " + Truncation.fit(percent(a), toWidth: 6, alignment: .right)
                        + Truncation.fit(percent(b), toWidth: 7, alignment: .right)
                        + Truncation.fit(shift(b - a), toWidth: 7, alignment: .right), style: muted))
            }
            lines.append(Line(spans))
        }
        lines.append(Line(""))
        for maturity in DefenseMaturity.allCases {
            let share: (PatternsReport.ProfileEntry) -> Double = {
                switch maturity {
                case .mature: $0.mature
                case .neurotic: $0.neurotic
                case .immature: $0.immature
                }
            }
            var spans = [
                Span(Truncation.fit(maturity.displayName, toWidth: nameWidth) + " ", style: text),
                Span(bar(share(profile.window), width: barWidth), style: defense),
                Span(Truncation.fit(percent(share(profile.window)), toWidth: 5, alignment: .right), style: text),
            ]
            if let first = profile.firstThird, let last = profile.lastThird {
                spans.append(Span(
                    "  " + Truncation.fit(percent(share(first)), toWidth: 6, alignment: .right)
                        + Truncation.fit(percent(share(last)), toWidth: 7, alignment: .right)
                        + Truncation.fit(shift(share(last) - share(first)), toWidth: 7, alignment: .right), style: muted))
            }
            lines.append(Line(spans))
        }
        lines.append(Line(""))
        var odf = [Span("ODF ", style: base.patched(with: theme.style(for: .chartODF)))]
        if let overall = profile.window.odf { odf.append(Span(format(overall), style: text)) }
        if let first = profile.firstThird?.odf, let last = profile.lastThird?.odf, let change = profile.odfShift {
            let direction = change >= 0.25 ? "↑" : change <= -0.25 ? "↓" : "→"
            odf.append(Span(" · first third \(format(first)) → last third \(format(last)) (\(change >= 0 ? "+" : "−")\(format(abs(change))) \(direction))", style: muted))
        }
        lines.append(Line(odf))
        let paragraph = Paragraph(lines, wrap: false, style: base)
        let rows = paragraph.rowCount(width: area.width)
        let chartHeight = area.height - rows - 1 >= 4 ? min(8, area.height - rows - 1) : 0
        let textArea = Rect(x: area.x, y: area.y, width: area.width, height: chartHeight > 0 ? rows : area.height)
        var scrolled = paragraph
        scrolled.scroll = min(state.defensesScroll, max(0, rows - textArea.height))
        scrolled.render(in: textArea, buffer: &buffer)
        let rolling = state.report.odfRolling
        if chartHeight > 0, rolling.count > 1 {
            buffer.setString(
                x: area.x, y: textArea.bottom,
                "ODF trend: rolling mean over \(DefensiveFunctioning.defaultRollingWindow) sessions, sessions \(rolling.first!.session)–\(rolling.last!.session)",
                style: muted, maxWidth: area.width)
            LineChart(rolling.map { $0.odf }, minimum: 1, maximum: 7, style: base.patched(with: theme.style(for: .chartODF)), axisStyle: muted)
                .render(in: Rect(x: area.x, y: textArea.bottom + 1, width: area.width, height: chartHeight), buffer: &buffer)
        }
    }

    private static func renderCCRT(_ state: PatternsState, in area: Rect, theme: Theme, base: Style, buffer: inout Buffer) {
        let ccrt = state.report.ccrt
        let text = base.patched(with: theme.style(for: .text))
        let muted = base.patched(with: theme.style(for: .muted))
        let accent = base.patched(with: theme.style(for: .accent))
        guard ccrt.episodes > 0 else {
            buffer.setString(x: area.x, y: area.y, "No relationship episodes scored in these sessions.", style: muted, maxWidth: area.width)
            return
        }
        var lines: [Line] = []
        lines.append(Line([Span("The client's CCRT", style: accent), Span(" · \(ccrt.episodes) relationship episodes", style: muted)]))
        let components: [(String, String, [PatternsReport.CCRTEntry], TagCategory)] = [
            ("W", "Wish", ccrt.wish, .ccrtWish), ("RO", "Response of other", ccrt.ro, .ccrtRO),
            ("RS", "Response of self", ccrt.rs, .ccrtRS),
        ]
        for (short, _, entries, category) in components {
            guard let top = entries.first else { continue }
            lines.append(Line([
                Span("  " + Truncation.fit(short, toWidth: 4), style: muted),
                Span(top.tag, style: base.patched(with: theme.style(for: .tag(category: category.rawValue)))),
                Span(" \(percent(top.pervasiveness))", style: text),
            ]))
        }
        let top = area.height >= 30 ? 6 : 4
        for (_, name, entries, category) in components where !entries.isEmpty {
            lines.append(Line(""))
            lines.append(Line(name, style: accent))
            for entry in entries.prefix(top) {
                var spans = [
                    Span("  " + Truncation.fit(entry.tag, toWidth: 40) + " ", style: base.patched(with: theme.style(for: .tag(category: category.rawValue)))),
                    Span(Truncation.fit(percent(entry.pervasiveness), toWidth: 5, alignment: .right), style: text),
                    Span("  \(entry.episodes) episode\(entry.episodes == 1 ? "" : "s")", style: muted),
                ]
                if category != .ccrtWish, entry.positive + entry.negative > 0 {
                    spans.append(Span("  +\(entry.positive) −\(entry.negative)", style: muted))
                }
                lines.append(Line(spans))
            }
            if entries.count > top { lines.append(Line("  … \(entries.count - top) more", style: muted)) }
        }
        let paragraph = Paragraph(lines, wrap: true, style: base)
        let rows = paragraph.rowCount(width: area.width)
        var scrolled = paragraph
        scrolled.scroll = min(state.ccrtScroll, max(0, rows - area.height))
        scrolled.render(in: area, buffer: &buffer)
    }
}
