/// One code of the built-in codebook (SPEC §3), seeded into the `tag` table by a migration.
public struct BuiltinTag: Hashable, Sendable {
    public var category: TagCategory
    public var name: String
    public var slug: String
    /// The DMRS level (1–7) for defenses; nil for every other category.
    public var level: Int?
    public var description: String

    public init(category: TagCategory, name: String, slug: String, level: Int? = nil, description: String) {
        self.category = category
        self.name = name
        self.slug = slug
        self.level = level
        self.description = description
    }
}

public enum BuiltinCodebook {
    /// Every built-in code, in display order. CONTRACT: filled in by the codebook work.
    public static let tags: [BuiltinTag] = []
}
