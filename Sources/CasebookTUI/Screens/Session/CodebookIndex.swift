import CasebookCore
import TerminalKit

/// The codebook as the session screen needs it without asking the store: the category of a
/// written `#slug` for highlighting, and the items of the two pickers.
public struct CodebookIndex: Sendable {
    public private(set) var tags: [Tag]
    public private(set) var tagsByID: [Int64: Tag]
    /// Categories of the live codes spelling each slug (lowercased); several means ambiguous.
    private var categoriesBySlug: [String: [TagCategory]]
    /// Completion items for `#`: the slug, qualified with its category when another category shares it.
    public private(set) var slugItems: [FuzzyPickerItem]
    /// Items for adding a manual observation: every live code by name, its category shown.
    public private(set) var tagItems: [FuzzyPickerItem]

    public init(tags: [Tag]) {
        self.tags = tags
        var byID: [Int64: Tag] = [:]
        var bySlug: [String: [TagCategory]] = [:]
        for tag in tags {
            if let id = tag.id { byID[id] = tag }
            guard tag.mergedIntoID == nil else { continue }
            bySlug[tag.slug.lowercased(), default: []].append(tag.category)
        }
        tagsByID = byID
        categoriesBySlug = bySlug
        let live = tags.filter { !$0.archived && $0.mergedIntoID == nil && $0.id != nil }
        slugItems = live.map { tag in
            let shared = (bySlug[tag.slug.lowercased()]?.count ?? 0) > 1
            let written = shared ? tag.qualifiedSlug : tag.slug
            return FuzzyPickerItem(id: written, label: written, detail: tag.category.displayName)
        }
        tagItems = live.map { tag in
            FuzzyPickerItem(id: String(tag.id ?? 0), label: tag.name, detail: tag.category.displayName)
        }
    }

    /// Completion items once `#category/` is typed: that category's codes, inserted qualified.
    public func slugItems(in category: TagCategory) -> [FuzzyPickerItem] {
        tags.filter { $0.category == category && !$0.archived && $0.mergedIntoID == nil && $0.id != nil }
            .map { FuzzyPickerItem(id: $0.qualifiedSlug, label: $0.slug, detail: $0.category.displayName) }
    }

    /// The category a written tag stands for: the one it names, else the only code with its
    /// slug; nil when the codebook has no such code or several (unknown and ambiguous look alike
    /// in the text until a save says which).
    public func category(ofCategory written: String?, slug: String) -> TagCategory? {
        // The parser already lowercases slugs; lowercasing again would allocate per tag per frame.
        let candidates = categoriesBySlug[slug] ?? categoriesBySlug[slug.lowercased()] ?? []
        if let written {
            guard let category = TagCategory(rawValue: written) ?? TagCategory(rawValue: written.lowercased()),
                candidates.contains(category)
            else { return nil }
            return category
        }
        return candidates.count == 1 ? candidates[0] : nil
    }
}
