/// The order in which tags are listed wherever the analytics list them: categories as the
/// timeline groups them, defenses from high-adaptive (7) down to action (1) so the healthiest
/// defenses read first, then by name.
enum TagOrder {
    static let categories: [TagCategory] = [
        .theme, .defense, .transference, .countertransference, .affect, .dream, .memory,
        .ccrtWish, .ccrtRO, .ccrtRS,
    ]

    static func rank(_ category: TagCategory) -> Int {
        categories.firstIndex(of: category) ?? categories.count
    }

    static func precedes(_ a: AnalyzedTag, _ b: AnalyzedTag) -> Bool {
        if a.category != b.category { return rank(a.category) < rank(b.category) }
        if a.category == .defense, a.level != b.level { return (a.level ?? 0) > (b.level ?? 0) }
        if a.name != b.name { return a.name.localizedStandardCompare(b.name) == .orderedAscending }
        return a.id < b.id
    }
}
