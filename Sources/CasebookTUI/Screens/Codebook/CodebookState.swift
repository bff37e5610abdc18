import CasebookCore
import Foundation
import TerminalKit

/// Everything the codebook screen shows and remembers, as a value.
public struct CodebookState: Sendable {
    public enum Focus: Sendable, Equatable {
        case categories
        case codes
        /// Typing the filter (`f`).
        case filter
    }

    /// Every code, archived ones included, as the store lists them.
    public var tags: [TagUsage]
    public var category: TagCategory
    public var focus: Focus = .codes
    public var filter = TextInputState()
    public var showArchived = false
    /// Selection among the codes of the current table (headers are never selected).
    public var selection = ListState(selected: 0)
    public var modal: CodebookModal?
    public var request: ScreenRequest?
    /// The first `g` of `gg` was pressed.
    var pendingG = false

    public init(tags: [TagUsage], category: TagCategory = .theme) {
        self.tags = tags
        self.category = category
    }

    /// The rows of the codes table for the current category, archive toggle and filter.
    public var rows: [CodebookRow] { CodebookRows.rows(for: self) }

    /// The selectable codes in table order.
    public var codes: [TagUsage] { rows.compactMap(\.usage) }

    public var selectedCode: TagUsage? {
        let codes = codes
        guard let index = selection.selected, codes.indices.contains(index) else { return nil }
        return codes[index]
    }

    /// Codes per category as the left pane counts them (archived ones only when shown).
    public func count(of category: TagCategory) -> Int {
        tags.filter { $0.tag.category == category && (showArchived || !$0.tag.archived) }.count
    }

    func tag(_ id: Int64) -> Tag? { tags.first { $0.tag.id == id }?.tag }
}
