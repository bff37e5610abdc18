import Foundation

/// The full-fidelity JSON export (SPEC §7): every table of one client or of the whole caseload,
/// with codes referred to by category and slug rather than database ids, so the file means the same
/// thing in any database and `export → import into an empty database → export` gives the same
/// text except `exported_at`.
///
/// Enumerations are kept as their raw strings so a damaged file decodes far enough for the importer
/// to name the bad element by its JSON path instead of failing on the first unknown word. Dates are
/// ISO-8601 in UTC, or `week N` in a de-identified export (which is for reading, not for import).
public struct CaseloadExport: Codable, Hashable, Sendable {
    public static let formatName = "casebook-export"
    public static let currentVersion = 1

    public var format: String
    public var version: Int
    public var exportedAt: String
    public var deidentified: Bool
    public var codebook: [CodebookEntry]
    public var clients: [ClientRecord]

    enum CodingKeys: String, CodingKey {
        case format, version, deidentified, codebook, clients
        case exportedAt = "exported_at"
    }

    public init(exportedAt: String, deidentified: Bool, codebook: [CodebookEntry], clients: [ClientRecord]) {
        format = Self.formatName
        version = Self.currentVersion
        self.exportedAt = exportedAt
        self.deidentified = deidentified
        self.codebook = codebook
        self.clients = clients
    }

    /// A code of the codebook. `parent` is the slug of a code of the same category; `merged_into`
    /// is `category/slug`.
    public struct CodebookEntry: Codable, Hashable, Sendable {
        public var category: String
        public var slug: String
        public var name: String
        public var parent: String?
        public var level: Int?
        public var description: String
        public var color: String?
        public var builtin: Bool
        public var archived: Bool
        public var mergedInto: String?

        enum CodingKeys: String, CodingKey {
            case category, slug, name, parent, level, description, color, builtin, archived
            case mergedInto = "merged_into"
        }
    }

    public struct ClientRecord: Codable, Hashable, Sendable {
        public var code: String
        public var name: String
        public var aliases: [String]
        public var birthYear: Int?
        public var intakeDate: String
        public var status: String
        public var frequency: String
        public var presentingConcerns: String
        public var supervisionQuestions: String
        public var createdAt: String
        public var updatedAt: String
        public var figures: [FigureRecord]
        public var formulation: FormulationRecord?
        public var formulationRevisions: [FormulationRecord]
        public var sessions: [SessionRecord]

        enum CodingKeys: String, CodingKey {
            case code, name, aliases, status, frequency, figures, formulation, sessions
            case birthYear = "birth_year"
            case intakeDate = "intake_date"
            case presentingConcerns = "presenting_concerns"
            case supervisionQuestions = "supervision_questions"
            case createdAt = "created_at"
            case updatedAt = "updated_at"
            case formulationRevisions = "formulation_revisions"
        }
    }

    /// Episodes refer to a figure by its position in the client's `figures` (0-based): figures have
    /// no natural key, two may share a role.
    public struct FigureRecord: Codable, Hashable, Sendable {
        public var role: String
        public var name: String
    }

    /// The formulation, and each of its earlier versions (which also carry `saved_at`).
    public struct FormulationRecord: Codable, Hashable, Sendable {
        public var presentingProblem: String
        public var coreConflict: String
        public var ccrtSummary: String
        public var defensiveStyle: String
        public var development: String
        public var treatmentGoals: String
        public var updatedAt: String
        public var savedAt: String?

        enum CodingKeys: String, CodingKey {
            case development
            case presentingProblem = "presenting_problem"
            case coreConflict = "core_conflict"
            case ccrtSummary = "ccrt_summary"
            case defensiveStyle = "defensive_style"
            case treatmentGoals = "treatment_goals"
            case updatedAt = "updated_at"
            case savedAt = "saved_at"
        }
    }

    public struct SessionRecord: Codable, Hashable, Sendable {
        public var number: Int
        public var startedAt: String
        public var durationMinutes: Int
        public var attendance: String
        public var modality: String
        public var recordNote: String
        public var processNote: String
        public var flaggedForSupervision: Bool
        public var signedAt: String?
        public var createdAt: String
        public var updatedAt: String
        public var revisions: [NoteRecord]
        public var amendments: [NoteRecord]
        public var observations: [ObservationRecord]
        public var episodes: [EpisodeRecord]
        public var measures: [MeasureRecord]

        enum CodingKeys: String, CodingKey {
            case number, attendance, modality, revisions, amendments, observations, episodes, measures
            case startedAt = "started_at"
            case durationMinutes = "duration_minutes"
            case recordNote = "record_note"
            case processNote = "process_note"
            case flaggedForSupervision = "flagged_for_supervision"
            case signedAt = "signed_at"
            case createdAt = "created_at"
            case updatedAt = "updated_at"
        }
    }

    /// A note revision (`at` = saved) or an amendment (`at` = created).
    public struct NoteRecord: Codable, Hashable, Sendable {
        public var layer: String
        public var body: String
        public var at: String
    }

    public struct ObservationRecord: Codable, Hashable, Sendable {
        public var category: String
        public var tag: String
        public var intensity: Int
        public var evidence: String
        public var comment: String
        public var spanStart: Int?
        public var spanEnd: Int?
        public var source: String
        public var flaggedForSupervision: Bool
        public var createdAt: String
        public var updatedAt: String

        enum CodingKeys: String, CodingKey {
            case category, tag, intensity, evidence, comment, source
            case spanStart = "span_start"
            case spanEnd = "span_end"
            case flaggedForSupervision = "flagged_for_supervision"
            case createdAt = "created_at"
            case updatedAt = "updated_at"
        }
    }

    /// A CCRT relationship episode; `wish`, `ro` and `rs` are `category/slug`; no figure means the therapist.
    public struct EpisodeRecord: Codable, Hashable, Sendable {
        public var figure: Int?
        public var narrative: String
        public var wish: String?
        public var ro: String?
        public var rs: String?
        public var roPositive: Bool
        public var rsPositive: Bool

        enum CodingKeys: String, CodingKey {
            case figure, narrative, wish, ro, rs
            case roPositive = "ro_positive"
            case rsPositive = "rs_positive"
        }
    }

    public struct MeasureRecord: Codable, Hashable, Sendable {
        public var instrument: String
        public var score: Double
    }

    /// Sorted keys, pretty printed, slashes left alone: the same caseload always gives the same bytes.
    public func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
