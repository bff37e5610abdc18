import GRDB

/// A code of the codebook. Built-in codes can be archived (hidden from completion) but never
/// deleted, so old observations keep their meaning.
public struct Tag: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var category: TagCategory
    public var name: String
    public var slug: String
    public var parentID: Int64?
    /// DMRS level (1–7) for defenses; nil otherwise.
    public var level: Int?
    public var description: String
    /// A theme colour name or `#rrggbb`; nil means the category's colour.
    public var color: String?
    public var builtin: Bool
    public var archived: Bool
    /// Set when this code was merged into another: its slug keeps resolving to the survivor,
    /// so notes that still spell the old `#slug` keep their observations.
    public var mergedIntoID: Int64?

    public static let databaseTableName = "tag"

    enum CodingKeys: String, CodingKey {
        case id, category, name, slug, level, description, color, builtin, archived
        case parentID = "parent_id"
        case mergedIntoID = "merged_into_id"
    }

    public init(
        id: Int64? = nil, category: TagCategory, name: String, slug: String, parentID: Int64? = nil,
        level: Int? = nil, description: String = "", color: String? = nil, builtin: Bool = false, archived: Bool = false,
        mergedIntoID: Int64? = nil
    ) {
        self.id = id
        self.category = category
        self.name = name
        self.slug = slug
        self.parentID = parentID
        self.level = level
        self.description = description
        self.color = color
        self.builtin = builtin
        self.archived = archived
        self.mergedIntoID = mergedIntoID
    }

    /// `category/slug`, the spelling that never is ambiguous.
    public var qualifiedSlug: String { "\(category.rawValue)/\(slug)" }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
