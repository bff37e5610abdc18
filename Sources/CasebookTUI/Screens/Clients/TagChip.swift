import CasebookCore

/// A code as a small coloured label: in lists, previews and session rows.
public struct TagChip: Hashable, Sendable {
    public var name: String
    public var category: TagCategory
    /// How many sessions (or observations) carry it, where a count is shown.
    public var count: Int

    public init(name: String, category: TagCategory, count: Int = 1) {
        self.name = name
        self.category = category
        self.count = count
    }
}
