import Foundation
import GRDB

/// One hour with a client. Notes are edited through the store (`saveNote`) so revisions,
/// signing and inline tags stay consistent; the fields here are what was last saved.
public struct Session: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var clientID: Int64
    public var number: Int
    public var startedAt: Date
    public var durationMinutes: Int
    public var attendance: Attendance
    public var modality: Modality
    public var recordNote: String
    public var processNote: String
    public var flaggedForSupervision: Bool
    public var signedAt: Date?
    public var createdAt: Date
    public var updatedAt: Date

    public static let databaseTableName = "session"

    enum CodingKeys: String, CodingKey {
        case id, number, attendance, modality
        case clientID = "client_id"
        case startedAt = "started_at"
        case durationMinutes = "duration_minutes"
        case recordNote = "record_note"
        case processNote = "process_note"
        case flaggedForSupervision = "flagged_for_supervision"
        case signedAt = "signed_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(
        id: Int64? = nil, clientID: Int64, number: Int, startedAt: Date, durationMinutes: Int = 50,
        attendance: Attendance = .attended, modality: Modality = .inPerson, recordNote: String = "",
        processNote: String = "", flaggedForSupervision: Bool = false, signedAt: Date? = nil,
        createdAt: Date = Date(), updatedAt: Date = Date()
    ) {
        self.id = id
        self.clientID = clientID
        self.number = number
        self.startedAt = startedAt
        self.durationMinutes = durationMinutes
        self.attendance = attendance
        self.modality = modality
        self.recordNote = recordNote
        self.processNote = processNote
        self.flaggedForSupervision = flaggedForSupervision
        self.signedAt = signedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public var isSigned: Bool { signedAt != nil }

    public func note(_ layer: NoteLayer) -> String {
        switch layer {
        case .process: processNote
        case .record: recordNote
        }
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
