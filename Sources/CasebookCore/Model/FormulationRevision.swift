import Foundation
import GRDB

/// A formulation as it stood before a save replaced it.
public struct FormulationRevision: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var clientID: Int64
    public var presentingProblem: String
    public var coreConflict: String
    public var ccrtSummary: String
    public var defensiveStyle: String
    public var development: String
    public var treatmentGoals: String
    /// When the replaced formulation had been written.
    public var writtenAt: Date
    public var savedAt: Date

    public static let databaseTableName = "formulation_revision"

    enum CodingKeys: String, CodingKey {
        case id, development
        case clientID = "client_id"
        case presentingProblem = "presenting_problem"
        case coreConflict = "core_conflict"
        case ccrtSummary = "ccrt_summary"
        case defensiveStyle = "defensive_style"
        case treatmentGoals = "treatment_goals"
        case writtenAt = "written_at"
        case savedAt = "saved_at"
    }

    public init(of formulation: Formulation, savedAt: Date) {
        id = nil
        clientID = formulation.clientID
        presentingProblem = formulation.presentingProblem
        coreConflict = formulation.coreConflict
        ccrtSummary = formulation.ccrtSummary
        defensiveStyle = formulation.defensiveStyle
        development = formulation.development
        treatmentGoals = formulation.treatmentGoals
        writtenAt = formulation.updatedAt
        self.savedAt = savedAt
    }

    public var formulation: Formulation {
        Formulation(
            clientID: clientID, presentingProblem: presentingProblem, coreConflict: coreConflict,
            ccrtSummary: ccrtSummary, defensiveStyle: defensiveStyle, development: development,
            treatmentGoals: treatmentGoals, updatedAt: writtenAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
