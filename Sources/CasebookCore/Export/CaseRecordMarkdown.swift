import Foundation

/// A client's case record as readable Markdown: header, formulation, then each session with its
/// notes and observations. Rendered from a `CaseloadExport`, so a de-identified record is the
/// de-identified export, read by a person.
public enum CaseRecordMarkdown {
    public static func render(_ export: CaseloadExport) -> String {
        let names = Dictionary(
            export.codebook.map { ("\($0.category)/\($0.slug)", $0.name) }, uniquingKeysWith: { a, _ in a })
        var out = ""
        for (index, client) in export.clients.enumerated() {
            if index > 0 { out += "\n---\n\n" }
            out += render(client, names: names, deidentified: export.deidentified)
        }
        return out
    }

    private static func render(
        _ client: CaseloadExport.ClientRecord, names: [String: String], deidentified: Bool
    ) -> String {
        func day(_ text: String) -> String { deidentified ? text : String(text.prefix(10)) }
        var out = "# Case record: \(deidentified ? client.code : "\(client.name) (\(client.code))")\n\n"
        if deidentified { out += "_De-identified: names replaced by the client code and roles, dates by weeks since intake._\n\n" }
        out += "- Status: \(client.status)\n"
        out += "- Intake: \(day(client.intakeDate))\n"
        if !client.frequency.isEmpty { out += "- Frequency: \(client.frequency)\n" }
        if let year = client.birthYear { out += "- Born: \(year)\n" }
        if !client.aliases.isEmpty { out += "- Also called: \(client.aliases.joined(separator: ", "))\n" }
        out += "- Sessions: \(client.sessions.count)\n"
        if !client.figures.isEmpty {
            out += "- Figures: " + client.figures.map { $0.name.isEmpty || deidentified ? $0.role : "\($0.role) (\($0.name))" }
                .joined(separator: ", ") + "\n"
        }
        out += "\n"
        if !client.presentingConcerns.isEmpty { out += "## Presenting concerns\n\n\(client.presentingConcerns)\n\n" }
        if let formulation = client.formulation {
            out += "## Formulation\n\n"
            for (label, text) in formulationParts(formulation) where !text.isEmpty {
                out += "**\(label).** \(text)\n\n"
            }
        }
        if !client.supervisionQuestions.isEmpty { out += "## Supervision questions\n\n\(client.supervisionQuestions)\n\n" }
        out += "## Sessions\n\n"
        for session in client.sessions {
            out += "### Session \(session.number) — \(day(session.startedAt))\n\n"
            var facts = ["\(session.attendance)", "\(session.modality)", "\(session.durationMinutes) min"]
            if session.flaggedForSupervision { facts.append("flagged for supervision") }
            if let signed = session.signedAt { facts.append("signed \(day(signed))") }
            out += "_" + facts.joined(separator: " · ") + "_\n\n"
            if !session.recordNote.isEmpty { out += "**Record note**\n\n\(quoted(session.recordNote))\n\n" }
            if !session.processNote.isEmpty { out += "**Process note**\n\n\(quoted(session.processNote))\n\n" }
            for amendment in session.amendments {
                out += "**Amendment (\(amendment.layer), \(day(amendment.at)))**\n\n\(quoted(amendment.body))\n\n"
            }
            if !session.observations.isEmpty {
                out += "**Observations**\n\n"
                for observation in session.observations {
                    let name = names["\(observation.category)/\(observation.tag)"] ?? observation.tag
                    out += "- \(observation.category) · \(name) (\(observation.intensity))"
                    if !observation.evidence.isEmpty { out += ": “\(oneLine(observation.evidence))”" }
                    if !observation.comment.isEmpty { out += " — \(oneLine(observation.comment))" }
                    out += "\n"
                }
                out += "\n"
            }
            if !session.measures.isEmpty {
                out += "**Measures:** " + session.measures.map { "\($0.instrument) \(SVGChart.number($0.score))" }
                    .joined(separator: ", ") + "\n\n"
            }
        }
        return out
    }

    static func formulationParts(_ formulation: CaseloadExport.FormulationRecord) -> [(String, String)] {
        [
            ("Presenting problem", formulation.presentingProblem), ("Core conflict", formulation.coreConflict),
            ("CCRT", formulation.ccrtSummary), ("Defensive style", formulation.defensiveStyle),
            ("Development and history", formulation.development), ("Treatment goals", formulation.treatmentGoals),
        ]
    }

    /// A note as a block quote, so its own line breaks and any Markdown in it stay the clinician's.
    static func quoted(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "> \($0)" }.joined(separator: "\n")
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
