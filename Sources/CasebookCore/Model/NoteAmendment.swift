import Foundation
import GRDB

/// A dated addition to a signed note; the signed text itself never changes.
public struct NoteAmendment: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var sessionID: Int64
    public var layer: NoteLayer
    public var body: String
    public var createdAt: Date

    public static let databaseTableName = "note_amendment"

    enum CodingKeys: String, CodingKey {
        case id, layer, body
        case sessionID = "session_id"
        case createdAt = "created_at"
    }

    public init(id: Int64? = nil, sessionID: Int64, layer: NoteLayer, body: String, createdAt: Date) {
        self.id = id
        self.sessionID = sessionID
        self.layer = layer
        self.body = body
        self.createdAt = createdAt
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
