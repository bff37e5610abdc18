import Foundation

/// The brief as one self-contained HTML file: inline CSS with a print stylesheet, inline SVG charts,
/// no script and no external URL, every text escaped. It is also well-formed XML, so any XML tool
/// can check it.
public enum BriefHTMLRenderer {
    /// Sessions per heat-map chunk: a long treatment is cut so each chunk fits a printed page.
    public static let heatMapChunk = 60

    public static func render(_ brief: SupervisionBrief) -> String {
        let e = HTMLEscaping.escape
        var body = "<header>\n<h1>Supervision brief: \(e(brief.clientLabel))</h1>\n"
        body += brief.identified
            ? "<p class=\"warning\">Identified brief: it names the client. Share it only where the client's full record may go.</p>\n"
            : "<p class=\"note\">De-identified: names replaced by the client code and roles, dates by weeks since intake. Check it before sharing.</p>\n"
        body += "<dl>\n<dt>Sessions covered</dt><dd>\(e(brief.coverageText)) (\(brief.sessionsHeld) held"
            + (brief.sessionsNotHeld > 0 ? ", \(brief.sessionsNotHeld) cancelled or missed" : "") + ")</dd>\n"
        if !brief.frequency.isEmpty { body += "<dt>Frequency</dt><dd>\(e(brief.frequency))</dd>\n" }
        body += "</dl>\n</header>\n"

        body += "<section id=\"formulation\">\n<h2>Formulation</h2>\n"
        if brief.formulation.isEmpty { body += "<p class=\"empty\">No formulation written yet.</p>\n" }
        for part in brief.formulation {
            body += "<h3>\(e(part.label))</h3>\n\(paragraphs(part.text))"
        }
        body += "</section>\n"

        body += "<section id=\"ccrt\">\n<h2>CCRT</h2>\n"
        if brief.ccrtEpisodes == 0 {
            body += "<p class=\"empty\">No relationship episodes scored in these sessions.</p>\n"
        } else {
            body += "<p>From \(brief.ccrtEpisodes) relationship episode\(brief.ccrtEpisodes == 1 ? "" : "s"); pervasiveness is the share of scored episodes.</p>\n"
            body += "<table>\n<thead><tr><th>Component</th><th>Category</th><th class=\"n\">Episodes</th><th class=\"n\">Pervasiveness</th></tr></thead>\n<tbody>\n"
            for (label, shares) in [("Wish", brief.wish), ("Response of other", brief.ro), ("Response of self", brief.rs)] {
                for share in shares.prefix(3) {
                    body += "<tr><td>\(label)</td><td>\(e(share.name))</td><td class=\"n\">\(share.episodes)</td>"
                        + "<td class=\"n\">\(BriefMarkdownRenderer.percent(share.pervasiveness))</td></tr>\n"
                }
            }
            body += "</tbody>\n</table>\n"
        }
        body += "</section>\n"

        body += "<section id=\"themes\">\n<h2>Recurring themes</h2>\n"
        body += patternTable(brief.themes, empty: "No themes observed in these sessions.")
        let heatRows = (brief.themes + brief.defenses).map { row in
            HeatMapRow(label: row.level.map { "\(row.name) (\($0))" } ?? row.name, cells: row.intensities)
        }
        if !heatRows.isEmpty && !brief.columns.isEmpty {
            body += "<h3>Timeline of themes and defenses</h3>\n"
            var start = 0
            while start < brief.columns.count {
                let end = min(brief.columns.count, start + heatMapChunk)
                let labels = brief.columns[start..<end].map { String($0.number) }
                let rows = heatRows.map { HeatMapRow(label: $0.label, cells: Array($0.cells[start..<min(end, $0.cells.count)])) }
                let title = "Sessions \(brief.columns[start].number)–\(brief.columns[end - 1].number)"
                body += "<figure class=\"chart\">\n" + SVGChart.heatMapSVG(rows: rows, columnLabels: labels, title: title, sparse: true)
                body += "<figcaption>\(e(title)): lighter is absent, darker is stronger.</figcaption>\n</figure>\n"
                start = end
            }
        }
        body += "</section>\n"

        body += "<section id=\"defenses\">\n<h2>Defense profile</h2>\n"
        if let odf = brief.odfOverall {
            body += "<p>Overall defensive functioning (ODF): <strong>\(SVGChart.number(odf))</strong> of 7."
                + (brief.odfShiftText.map { " " + HTMLEscaping.escape($0) } ?? "") + "</p>\n"
            if !brief.odf.isEmpty {
                body += "<figure class=\"chart\">\n"
                    + SVGChart.lineChartSVG(points: brief.odf, yRange: 1...7, title: "ODF per session", width: 640, height: 160)
                    + "<figcaption>ODF per session (1 action … 7 high-adaptive).</figcaption>\n</figure>\n"
            }
            body += "<table>\n<thead><tr><th>DMRS level</th><th class=\"n\">Share</th></tr></thead>\n<tbody>\n"
            for level in DMRSLevel.allCases.reversed() {
                let share = brief.defenseLevels.indices.contains(level.rawValue - 1) ? brief.defenseLevels[level.rawValue - 1] : 0
                body += "<tr><td>\(level.rawValue) \(e(level.name))</td><td class=\"n\">\(BriefMarkdownRenderer.percent(share))</td></tr>\n"
            }
            body += "</tbody>\n</table>\n"
        } else {
            body += "<p class=\"empty\">No defenses observed in these sessions.</p>\n"
        }
        body += patternTable(brief.defenses, empty: "")
        body += "</section>\n"

        body += "<section id=\"relational\">\n<h2>Transference and countertransference</h2>\n"
        body += items(brief.relational, empty: "None observed in these sessions.")
        body += "</section>\n"

        body += "<section id=\"flagged\">\n<h2>Flagged for supervision</h2>\n"
        if brief.flaggedSessions.isEmpty && brief.flaggedObservations.isEmpty {
            body += "<p class=\"empty\">Nothing flagged in these sessions.</p>\n"
        }
        for session in brief.flaggedSessions {
            body += "<article class=\"note\">\n<h3>Session \(session.number) (\(e(session.when)))</h3>\n"
            body += session.processNote.isEmpty ? "<p class=\"empty\">No process note.</p>\n" : "<blockquote>\n\(paragraphs(session.processNote))</blockquote>\n"
            body += "</article>\n"
        }
        if !brief.flaggedObservations.isEmpty {
            body += "<h3>Flagged observations</h3>\n" + items(brief.flaggedObservations, empty: "")
        }
        body += "</section>\n"

        body += "<section id=\"questions\">\n<h2>Questions for supervision</h2>\n"
        body += brief.supervisionQuestions.isEmpty ? "<p class=\"empty\">None written yet.</p>\n" : paragraphs(brief.supervisionQuestions)
        body += "</section>\n"

        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>Supervision brief: \(e(brief.clientCode))</title>
            <style>
            \(stylesheet)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    static let stylesheet = """
        body { font-family: Georgia, "Times New Roman", serif; max-width: 52em; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.45; }
        h1, h2, h3 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.2; }
        h2 { border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 2em; }
        .note { color: #555; font-style: italic; }
        .warning { background: #fde8e8; border: 1px solid #c53030; padding: 0.5em; font-weight: bold; }
        .empty { color: #777; font-style: italic; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
        dt { font-weight: bold; }
        dd { margin: 0; }
        table { border-collapse: collapse; margin: 0.8em 0; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
        td.n, th.n { text-align: right; }
        .spark { font-family: "DejaVu Sans Mono", monospace; letter-spacing: -1px; }
        blockquote { border-left: 3px solid #bbb; margin: 0.5em 0; padding: 0 1em; white-space: normal; }
        figure.chart { margin: 1em 0; overflow-x: auto; }
        figcaption { font-size: 0.85em; color: #555; }
        ul.items li { margin-bottom: 0.4em; }
        @media print {
          body { max-width: none; margin: 0; font-size: 10.5pt; }
          section + section { break-before: page; page-break-before: always; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          tr, li, figure, blockquote p { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          figure.chart { overflow: visible; }
          .warning { border-width: 2px; }
        }
        """

    private static func patternTable(_ rows: [SupervisionBrief.PatternRow], empty: String) -> String {
        guard !rows.isEmpty else { return empty.isEmpty ? "" : "<p class=\"empty\">\(HTMLEscaping.escape(empty))</p>\n" }
        var out = "<table>\n<thead><tr><th>Code</th><th class=\"n\">Sessions</th><th class=\"n\">Share</th><th>Trend</th><th>Over the sessions</th></tr></thead>\n<tbody>\n"
        for row in rows {
            let name = row.level.map { "\(row.name) (level \($0))" } ?? row.name
            let spark = Sparkline.sparklineText(SupervisionBrief.buckets(row.intensities))
            out += "<tr><td>\(HTMLEscaping.escape(name))</td><td class=\"n\">\(row.sessions)</td>"
                + "<td class=\"n\">\(BriefMarkdownRenderer.percent(row.ratio))</td><td>\(row.trend.rawValue)</td>"
                + "<td class=\"spark\">\(HTMLEscaping.escape(spark))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private static func items(_ items: [SupervisionBrief.ObservationItem], empty: String) -> String {
        guard !items.isEmpty else { return empty.isEmpty ? "" : "<p class=\"empty\">\(HTMLEscaping.escape(empty))</p>\n" }
        let e = HTMLEscaping.escape
        var out = "<ul class=\"items\">\n"
        for item in items {
            out += "<li>Session \(item.session) (\(e(item.when))) · \(e(item.category.displayName)): <strong>\(e(item.tag))</strong> "
                + "(\(BriefMarkdownRenderer.intensityWord(item.intensity)))"
            if !item.evidence.isEmpty { out += " — <q>\(e(CaseRecordMarkdown.oneLine(item.evidence)))</q>" }
            if !item.comment.isEmpty { out += " <em>\(e(CaseRecordMarkdown.oneLine(item.comment)))</em>" }
            out += "</li>\n"
        }
        return out + "</ul>\n"
    }

    /// A note's blank lines become paragraph breaks and its single line breaks stay line breaks.
    private static func paragraphs(_ text: String) -> String {
        let blocks = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        return blocks.map { block in
            "<p>" + block.split(separator: "\n", omittingEmptySubsequences: false)
                .map { HTMLEscaping.escape(String($0)) }.joined(separator: "<br/>\n") + "</p>\n"
        }.joined()
    }
}
