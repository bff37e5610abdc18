/// A code the demo adds to the built-in codebook: the clinician's own themes, plus the dream
/// and memory codes the demo notes use. Every slug here is distinct from every built-in slug.
public struct DemoTheme: Hashable, Sendable {
    public var category: TagCategory
    public var name: String
    public var slug: String
    public var description: String

    public init(category: TagCategory = .theme, name: String, slug: String, description: String) {
        self.category = category
        self.name = name
        self.slug = slug
        self.description = description
    }
}
