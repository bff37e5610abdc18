import GRDB

/// Where a client stands in treatment; `closed` clients stay in the caseload for review.
public enum ClientStatus: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    case active
    case paused
    case closed
}
