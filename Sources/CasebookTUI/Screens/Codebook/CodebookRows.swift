import CasebookCore
import Foundation
import TerminalKit

/// Builds the codes table: defenses under their DMRS level (7 High-adaptive first), themes as
/// a tree, other categories by name.
enum CodebookRows {
    static func rows(for state: CodebookState) -> [CodebookRow] {
        let filter = state.filter.text.trimmingCharacters(in: .whitespaces)
        let inCategory = state.tags.filter { $0.tag.category == state.category && (state.showArchived || !$0.tag.archived) }
        // Every typed word must appear in the name or slug, accents and case aside: a fuzzy
        // subsequence would let `ideal` match `denial` and half the codebook with it.
        let words = filter.split(separator: " ").map { fold(String($0)) }
        func matches(_ usage: TagUsage) -> Bool {
            let haystack = fold(usage.tag.name + " " + usage.tag.slug)
            return words.allSatisfy { haystack.contains($0) }
        }
        switch state.category {
        case .defense:
            var rows: [CodebookRow] = []
            let levels: [Int?] = DMRSLevel.allCases.sorted(by: >).map { $0.rawValue } + [nil]
            for level in levels {
                let codes = inCategory.filter { $0.tag.level == level && matches($0) }
                guard !codes.isEmpty else { continue }
                rows.append(.level(level))
                rows += codes.map { .code($0, depth: 0) }
            }
            return rows
        case .theme:
            return themeTree(inCategory, matches: matches)
        default:
            return inCategory.filter(matches).map { .code($0, depth: 0) }
        }
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Parents before their children, children indented; a child whose parent is hidden
    /// (archived, filtered out) still shows at the depth it would have.
    private static func themeTree(_ themes: [TagUsage], matches: (TagUsage) -> Bool) -> [CodebookRow] {
        let ids = Set(themes.compactMap(\.tag.id))
        var children: [Int64: [TagUsage]] = [:]
        var roots: [TagUsage] = []
        for usage in themes {
            if let parent = usage.tag.parentID, ids.contains(parent) {
                children[parent, default: []].append(usage)
            } else {
                roots.append(usage)
            }
        }
        var rows: [CodebookRow] = []
        var seen: Set<Int64> = []
        func visit(_ usage: TagUsage, depth: Int) {
            guard let id = usage.tag.id, seen.insert(id).inserted else { return }
            if matches(usage) || hasMatchingDescendant(id) { rows.append(.code(usage, depth: depth)) }
            for child in children[id] ?? [] { visit(child, depth: depth + 1) }
        }
        func hasMatchingDescendant(_ id: Int64) -> Bool {
            (children[id] ?? []).contains { matches($0) || ($0.tag.id.map(hasMatchingDescendant) ?? false) }
        }
        for root in roots { visit(root, depth: 0) }
        return rows
    }
}
