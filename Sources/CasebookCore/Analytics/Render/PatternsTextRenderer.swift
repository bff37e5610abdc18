import Foundation

/// `casebook patterns CLIENT` without `--json`: the report as aligned plain text.
public enum PatternsTextRenderer {
    /// Sessions of ODF listed by number; the overall figure and the rolling mean cover the rest.
    public static let recentODFSessions = 10

    public static func render(_ report: PatternsReport) -> String {
        var lines: [String] = []
        let notHeld = report.sessionsNotHeld > 0 ? " (\(report.sessionsNotHeld) not held)" : ""
        lines.append("Patterns for \(report.client): \(report.sessions) sessions held\(notHeld)")
        lines.append("")
        lines += recurrence(report)
        lines.append("")
        lines += odf(report)
        lines.append("")
        lines += profile(report.defenseProfile)
        lines.append("")
        lines += cooccurrence(report)
        lines.append("")
        lines += ccrt(report.ccrt)
        return TextLayout.join(lines)
    }

    static func recurrence(_ report: PatternsReport) -> [String] {
        guard !report.recurrence.isEmpty else { return ["Recurrence", "  none"] }
        let categoryWidth = max(8, report.recurrence.map { $0.category.rawValue.count }.max() ?? 0)
        let tagWidth = max(3, report.recurrence.map { $0.tag.count }.max() ?? 0)
        func row(_ cells: [String]) -> String {
            "  " + TextLayout.padRight(cells[0], categoryWidth) + "  " + TextLayout.padRight(cells[1], tagWidth)
                + TextLayout.padLeft(cells[2], 10) + TextLayout.padLeft(cells[3], 7) + TextLayout.padLeft(cells[4], 7)
                + TextLayout.padLeft(cells[5], 6) + TextLayout.padLeft(cells[6], 8) + "  " + cells[7]
        }
        return ["Recurrence", row(["category", "tag", "sessions", "ratio", "first", "last", "streak", "trend"])]
            + report.recurrence.map {
                row([
                    $0.category.rawValue, $0.tag, "\($0.sessions)/\(report.sessions)", TextLayout.percent($0.ratio),
                    "\($0.first)", "\($0.last)", "\($0.longestStreak)", $0.trend.rawValue,
                ])
            }
    }

    static func odf(_ report: PatternsReport) -> [String] {
        guard let overall = report.odfOverall else { return ["Defensive functioning (ODF)", "  no defenses coded"] }
        var lines = ["Defensive functioning (ODF): \(TextLayout.decimal(overall)) over \(report.odf.count) sessions"]
        let rolling = Dictionary(report.odfRolling.map { ($0.session, $0.odf) }, uniquingKeysWith: { a, _ in a })
        lines.append("  session     odf  rolling")
        for point in report.odf.suffix(recentODFSessions) {
            lines.append(
                "  " + TextLayout.padLeft("\(point.session)", 7) + TextLayout.padLeft(TextLayout.decimal(point.odf), 8)
                    + TextLayout.padLeft(rolling[point.session].map { TextLayout.decimal($0) } ?? "", 9))
        }
        return lines
    }

    static func profile(_ profile: PatternsReport.ProfileSection) -> [String] {
        let window = profile.window
        guard window.observations > 0 else { return ["Defense profile", "  no defenses coded"] }
        var lines = [
            "Defense profile (\(window.observations) observations)",
            "  mature \(TextLayout.percent(window.mature))  neurotic \(TextLayout.percent(window.neurotic))"
                + "  immature \(TextLayout.percent(window.immature))",
            "  by level " + (1...7).reversed().map { "\($0): \(TextLayout.percent(window.levels[$0 - 1]))" }.joined(separator: "  "),
        ]
        if let first = profile.firstThird, let last = profile.lastThird {
            func move(_ name: String, _ a: Double, _ b: Double) -> String {
                "\(name) \(TextLayout.percent(a)) → \(TextLayout.percent(b))"
            }
            var shift = "  first third → last third: " + [
                move("mature", first.mature, last.mature), move("neurotic", first.neurotic, last.neurotic),
                move("immature", first.immature, last.immature),
            ].joined(separator: ", ")
            if let a = first.odf, let b = last.odf {
                shift += ", ODF \(TextLayout.decimal(a)) → \(TextLayout.decimal(b))"
            }
            lines.append(shift)
        }
        return lines
    }

    static func cooccurrence(_ report: PatternsReport) -> [String] {
        guard !report.cooccurrence.isEmpty else { return ["Co-occurrence", "  none"] }
        let labels = report.cooccurrence.map { "\($0.a) + \($0.b)" }
        let width = labels.map(\.count).max() ?? 0
        return ["Co-occurrence (sessions together, Jaccard)"]
            + zip(labels, report.cooccurrence).map { label, pair in
                "  " + TextLayout.padRight(label, width) + TextLayout.padLeft("\(pair.count)", 6)
                    + TextLayout.padLeft(TextLayout.decimal(pair.jaccard), 7)
            }
    }

    static func ccrt(_ ccrt: PatternsReport.CCRTSection) -> [String] {
        guard ccrt.episodes > 0 else { return ["CCRT", "  no relationship episodes"] }
        func line(_ name: String, _ entries: [PatternsReport.CCRTEntry]) -> String {
            let body = entries.isEmpty ? "not scored"
                : entries.map { "\($0.tag) \(TextLayout.percent($0.pervasiveness))" }.joined(separator: ", ")
            return "  " + TextLayout.padRight(name, 4) + body
        }
        return ["CCRT (\(ccrt.episodes) episodes, most pervasive first)", line("W", ccrt.wish), line("RO", ccrt.ro), line("RS", ccrt.rs)]
    }
}
