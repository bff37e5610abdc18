import GRDB

public enum Modality: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    case inPerson = "in-person"
    case video
    case phone
}
