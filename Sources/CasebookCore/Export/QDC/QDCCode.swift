/// A code of the codebook as the QDC export needs it; the store maps its `tag` rows to these.
public struct QDCCode: Hashable, Sendable {
    public var category: TagCategory
    public var name: String
    public var slug: String
    /// The slug of the parent code in the same category (themes may nest); nil at the top.
    public var parentSlug: String?
    public var description: String
    /// `#RRGGBB`; anything else is left out of the file rather than making it invalid.
    public var color: String?
    /// DMRS level for defenses, written into the description so QDA tools keep it.
    public var level: Int?

    public init(
        category: TagCategory, name: String, slug: String, parentSlug: String? = nil, description: String = "",
        color: String? = nil, level: Int? = nil
    ) {
        self.category = category
        self.name = name
        self.slug = slug
        self.parentSlug = parentSlug
        self.description = description
        self.color = color
        self.level = level
    }

    /// A built-in code as it is before the clinician changes anything.
    public init(_ tag: BuiltinTag) {
        self.init(category: tag.category, name: tag.name, slug: tag.slug, description: tag.description, level: tag.level)
    }
}
