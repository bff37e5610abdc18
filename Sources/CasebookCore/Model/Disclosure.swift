import Foundation
import GRDB

/// A line of the local log of everything that left the app (export, backup, brief).
public struct Disclosure: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var occurredAt: Date
    /// What left, in words: "backup to /media/usb/casebook.sqlite", "brief AM-014 (md)".
    public var what: String
    public var clientCodes: [String]
    public var deidentified: Bool

    public static let databaseTableName = "disclosure"

    enum CodingKeys: String, CodingKey {
        case id, what, deidentified
        case occurredAt = "occurred_at"
        case clientCodes = "client_codes"
    }

    public init(id: Int64? = nil, occurredAt: Date = Date(), what: String, clientCodes: [String], deidentified: Bool) {
        self.id = id
        self.occurredAt = occurredAt
        self.what = what
        self.clientCodes = clientCodes
        self.deidentified = deidentified
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
