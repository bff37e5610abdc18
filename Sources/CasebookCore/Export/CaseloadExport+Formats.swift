import Foundation

extension CaseloadExport {
    /// One row per observation (SPEC §7), in client, session and observation order. A de-identified
    /// export already carries weeks instead of dates, so the column is the week there.
    public func csvText() -> String {
        let levels = Dictionary(
            codebook.map { ("\($0.category)/\($0.slug)", $0.level) }, uniquingKeysWith: { a, _ in a })
        var rows: [ObservationCSVRow] = []
        for client in clients {
            for session in client.sessions {
                let when = deidentified ? session.startedAt : String(session.startedAt.prefix(10))
                for observation in session.observations {
                    rows.append(
                        ObservationCSVRow(
                            clientCode: client.code, sessionNumber: session.number, dateOrWeek: when,
                            category: TagCategory(rawValue: observation.category) ?? .theme, tag: observation.tag,
                            level: levels["\(observation.category)/\(observation.tag)"] ?? nil,
                            intensity: observation.intensity, evidence: observation.evidence))
                }
            }
        }
        return ObservationCSVRow.csv(rows)
    }

    /// The codebook for QDA tools: every code that has not been merged into another, themes nested
    /// under their parents.
    public func qdcText() -> String {
        let codes = codebook.filter { $0.mergedInto == nil }.compactMap { entry -> QDCCode? in
            guard let category = TagCategory(rawValue: entry.category) else { return nil }
            return QDCCode(
                category: category, name: entry.name, slug: entry.slug, parentSlug: entry.parent,
                description: entry.description, color: entry.color, level: entry.level)
        }
        return QDCWriter().render(codes)
    }
}
