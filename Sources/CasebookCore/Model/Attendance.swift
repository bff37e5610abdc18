import GRDB

public enum Attendance: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    case attended
    case cancelled
    case noShow = "no-show"
}
