import Foundation
import GRDB

/// The case formulation, one per client; earlier versions are kept as `FormulationRevision`s.
public struct Formulation: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public var clientID: Int64
    public var presentingProblem: String
    public var coreConflict: String
    public var ccrtSummary: String
    public var defensiveStyle: String
    public var development: String
    public var treatmentGoals: String
    public var updatedAt: Date

    public static let databaseTableName = "formulation"

    enum CodingKeys: String, CodingKey {
        case development
        case clientID = "client_id"
        case presentingProblem = "presenting_problem"
        case coreConflict = "core_conflict"
        case ccrtSummary = "ccrt_summary"
        case defensiveStyle = "defensive_style"
        case treatmentGoals = "treatment_goals"
        case updatedAt = "updated_at"
    }

    public init(
        clientID: Int64, presentingProblem: String = "", coreConflict: String = "", ccrtSummary: String = "",
        defensiveStyle: String = "", development: String = "", treatmentGoals: String = "", updatedAt: Date = Date()
    ) {
        self.clientID = clientID
        self.presentingProblem = presentingProblem
        self.coreConflict = coreConflict
        self.ccrtSummary = ccrtSummary
        self.defensiveStyle = defensiveStyle
        self.development = development
        self.treatmentGoals = treatmentGoals
        self.updatedAt = updatedAt
    }

    /// Whether two formulations say the same thing, whatever their dates.
    public func hasSameText(as other: Formulation) -> Bool {
        presentingProblem == other.presentingProblem && coreConflict == other.coreConflict
            && ccrtSummary == other.ccrtSummary && defensiveStyle == other.defensiveStyle
            && development == other.development && treatmentGoals == other.treatmentGoals
    }

    public var isEmpty: Bool { hasSameText(as: Formulation(clientID: clientID)) }
}
