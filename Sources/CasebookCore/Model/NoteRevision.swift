import Foundation
import GRDB

/// The text a note had before a save replaced it.
public struct NoteRevision: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var sessionID: Int64
    public var layer: NoteLayer
    public var body: String
    public var savedAt: Date

    public static let databaseTableName = "note_revision"

    enum CodingKeys: String, CodingKey {
        case id, layer, body
        case sessionID = "session_id"
        case savedAt = "saved_at"
    }

    public init(id: Int64? = nil, sessionID: Int64, layer: NoteLayer, body: String, savedAt: Date) {
        self.id = id
        self.sessionID = sessionID
        self.layer = layer
        self.body = body
        self.savedAt = savedAt
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
