import Foundation

/// The brief as Markdown: readable as plain text, and tidy when a viewer renders it.
public enum BriefMarkdownRenderer {
    public static func render(_ brief: SupervisionBrief) -> String {
        var out = "# Supervision brief: \(cell(brief.clientLabel))\n\n"
        out += brief.identified
            ? "**Identified brief: it names the client. Share it only where the client's full record may go.**\n\n"
            : "_De-identified: names replaced by the client code and roles, dates by weeks since intake. Check it before sharing._\n\n"
        out += "- Sessions covered: \(brief.coverageText) (\(brief.sessionsHeld) held"
            + (brief.sessionsNotHeld > 0 ? ", \(brief.sessionsNotHeld) cancelled or missed" : "") + ")\n"
        if !brief.frequency.isEmpty { out += "- Frequency: \(brief.frequency)\n" }
        out += "\n"

        out += "## Formulation\n\n"
        if brief.formulation.isEmpty { out += "_No formulation written yet._\n\n" }
        for part in brief.formulation { out += "**\(part.label).** \(part.text)\n\n" }

        out += "## CCRT\n\n"
        if brief.ccrtEpisodes == 0 {
            out += "_No relationship episodes scored in these sessions._\n\n"
        } else {
            out += "From \(brief.ccrtEpisodes) relationship episode\(brief.ccrtEpisodes == 1 ? "" : "s"); pervasiveness is the share of scored episodes.\n\n"
            out += "| Component | Category | Episodes | Pervasiveness |\n|---|---|---:|---:|\n"
            for (label, shares) in [("Wish", brief.wish), ("Response of other", brief.ro), ("Response of self", brief.rs)] {
                for share in shares.prefix(3) {
                    out += "| \(label) | \(cell(share.name)) | \(share.episodes) | \(percent(share.pervasiveness)) |\n"
                }
            }
            out += "\n"
        }

        out += "## Recurring themes\n\n"
        out += patternTable(brief.themes, empty: "_No themes observed in these sessions._")

        out += "## Defense profile\n\n"
        if let odf = brief.odfOverall {
            out += "Overall defensive functioning (ODF): **\(SVGChart.number(odf))** of 7"
            if brief.odf.count > 1 {
                out += "; per session: `\(Sparkline.sparklineText(SupervisionBrief.buckets(brief.odf.map { $0.y }, width: SupervisionBrief.sparklineWidth)))`"
                out += " (sessions \(brief.odf.first?.x ?? 0)–\(brief.odf.last?.x ?? 0))"
            }
            out += "."
            if let shift = brief.odfShiftText { out += " " + shift }
            out += "\n\n| DMRS level | Share |\n|---|---:|\n"
            for level in DMRSLevel.allCases.reversed() {
                let share = brief.defenseLevels.indices.contains(level.rawValue - 1) ? brief.defenseLevels[level.rawValue - 1] : 0
                out += "| \(level.rawValue) \(level.name) | \(percent(share)) |\n"
            }
            out += "\n"
        } else {
            out += "_No defenses observed in these sessions._\n\n"
        }
        out += patternTable(brief.defenses, empty: "")

        out += "## Transference and countertransference\n\n"
        out += items(brief.relational, empty: "_None observed in these sessions._")

        out += "## Flagged for supervision\n\n"
        if brief.flaggedSessions.isEmpty && brief.flaggedObservations.isEmpty {
            out += "_Nothing flagged in these sessions._\n\n"
        }
        for session in brief.flaggedSessions {
            out += "### Session \(session.number) (\(session.when))\n\n"
            out += session.processNote.isEmpty ? "_No process note._\n\n" : CaseRecordMarkdown.quoted(session.processNote) + "\n\n"
        }
        if !brief.flaggedObservations.isEmpty {
            out += "### Flagged observations\n\n" + items(brief.flaggedObservations, empty: "")
        }

        out += "## Questions for supervision\n\n"
        out += brief.supervisionQuestions.isEmpty ? "_None written yet._\n" : brief.supervisionQuestions + "\n"
        return out
    }

    private static func patternTable(_ rows: [SupervisionBrief.PatternRow], empty: String) -> String {
        guard !rows.isEmpty else { return empty.isEmpty ? "" : empty + "\n\n" }
        var out = "| Code | Sessions | Share | Trend | Over the sessions |\n|---|---:|---:|---|---|\n"
        for row in rows {
            let name = row.level.map { "\(row.name) (level \($0))" } ?? row.name
            let spark = Sparkline.sparklineText(SupervisionBrief.buckets(row.intensities))
            out += "| \(cell(name)) | \(row.sessions) | \(percent(row.ratio)) | \(row.trend.rawValue) | `\(spark)` |\n"
        }
        return out + "\n"
    }

    private static func items(_ items: [SupervisionBrief.ObservationItem], empty: String) -> String {
        guard !items.isEmpty else { return empty.isEmpty ? "" : empty + "\n\n" }
        var out = ""
        for item in items {
            out += "- Session \(item.session) (\(item.when)) · \(item.category.displayName): **\(item.tag)** "
                + "(\(intensityWord(item.intensity)))"
            if !item.evidence.isEmpty { out += " — “\(CaseRecordMarkdown.oneLine(item.evidence))”" }
            if !item.comment.isEmpty { out += " _\(CaseRecordMarkdown.oneLine(item.comment))_" }
            out += "\n"
        }
        return out + "\n"
    }

    static func intensityWord(_ intensity: Int) -> String {
        switch intensity {
        case 1: "tentative"
        case 3: "strong"
        default: "clear"
        }
    }

    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }

    /// Keeps a table cell one cell: pipes escaped, line breaks folded.
    private static func cell(_ text: String) -> String {
        CaseRecordMarkdown.oneLine(text).replacingOccurrences(of: "|", with: "\\|")
    }
}
