import GRDB

/// A CCRT relationship episode: what the client wished, how the other responded, how the self responded.
public struct RelationshipEpisode: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var sessionID: Int64
    /// nil when the other is the therapist.
    public var figureID: Int64?
    public var narrative: String
    public var wishTagID: Int64?
    public var roTagID: Int64?
    public var rsTagID: Int64?
    public var roPositive: Bool
    public var rsPositive: Bool

    public static let databaseTableName = "relationship_episode"

    enum CodingKeys: String, CodingKey {
        case id, narrative
        case sessionID = "session_id"
        case figureID = "figure_id"
        case wishTagID = "wish_tag_id"
        case roTagID = "ro_tag_id"
        case rsTagID = "rs_tag_id"
        case roPositive = "ro_positive"
        case rsPositive = "rs_positive"
    }

    public init(
        id: Int64? = nil, sessionID: Int64, figureID: Int64? = nil, narrative: String = "", wishTagID: Int64? = nil,
        roTagID: Int64? = nil, rsTagID: Int64? = nil, roPositive: Bool = false, rsPositive: Bool = false
    ) {
        self.id = id
        self.sessionID = sessionID
        self.figureID = figureID
        self.narrative = narrative
        self.wishTagID = wishTagID
        self.roTagID = roTagID
        self.rsTagID = rsTagID
        self.roPositive = roPositive
        self.rsPositive = rsPositive
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
