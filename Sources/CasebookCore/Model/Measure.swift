import GRDB

/// A score taken in a session: `PHQ-9`, `GAD-7` or any instrument the clinician names.
public struct Measure: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var sessionID: Int64
    public var instrument: String
    public var score: Double

    public static let databaseTableName = "measure"

    enum CodingKeys: String, CodingKey {
        case id, instrument, score
        case sessionID = "session_id"
    }

    public init(id: Int64? = nil, sessionID: Int64, instrument: String, score: Double) {
        self.id = id
        self.sessionID = sessionID
        self.instrument = instrument
        self.score = score
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
