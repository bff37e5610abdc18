/// One observation as a CSV row for analysis in R or a spreadsheet (SPEC §7).
public struct ObservationCSVRow: Hashable, Sendable {
    public var clientCode: String
    public var sessionNumber: Int
    /// The session's date (`2026-03-14`) or, in a de-identified export, its week (`week 3`).
    public var dateOrWeek: String
    public var category: TagCategory
    /// The tag's slug, stable across renames of its display name.
    public var tag: String
    /// DMRS level for defenses.
    public var level: Int?
    /// 1 tentative, 2 clear, 3 strong.
    public var intensity: Int
    public var evidence: String

    public init(
        clientCode: String, sessionNumber: Int, dateOrWeek: String, category: TagCategory, tag: String,
        level: Int?, intensity: Int, evidence: String
    ) {
        self.clientCode = clientCode
        self.sessionNumber = sessionNumber
        self.dateOrWeek = dateOrWeek
        self.category = category
        self.tag = tag
        self.level = level
        self.intensity = intensity
        self.evidence = evidence
    }

    /// Column names in snake case, which R and pandas take without renaming.
    public static let header = [
        "client_code", "session_number", "date_or_week", "category", "tag", "level", "intensity", "evidence",
    ]

    public var fields: [String] {
        [
            clientCode, String(sessionNumber), dateOrWeek, category.rawValue, tag, level.map(String.init) ?? "",
            String(intensity), evidence,
        ]
    }

    /// The CSV file for these observations, header first.
    public static func csv(_ rows: [ObservationCSVRow]) -> String {
        CSVWriter(header: header).render(rows.map(\.fields))
    }
}
