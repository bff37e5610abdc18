import GRDB

/// A significant person in the client's life; exports show only the role.
public struct Figure: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var clientID: Int64
    public var role: String
    public var name: String

    public static let databaseTableName = "figure"

    enum CodingKeys: String, CodingKey {
        case id, role, name
        case clientID = "client_id"
    }

    public init(id: Int64? = nil, clientID: Int64, role: String, name: String = "") {
        self.id = id
        self.clientID = clientID
        self.role = role
        self.name = name
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
