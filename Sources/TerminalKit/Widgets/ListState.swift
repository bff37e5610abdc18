/// Selection and scroll of a list or table, kept in the application's model between frames.
public struct ListState: Hashable, Sendable {
    public var selected: Int?
    /// The first row shown.
    public var offset: Int
    /// Rows that fitted at the last render; page moves use it.
    public var visibleRows: Int

    public init(selected: Int? = nil, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
        self.visibleRows = 1
    }

    public mutating func selectNext(itemCount: Int) { move(by: 1, itemCount: itemCount) }
    public mutating func selectPrevious(itemCount: Int) { move(by: -1, itemCount: itemCount) }
    public mutating func pageDown(itemCount: Int) { move(by: max(1, visibleRows - 1), itemCount: itemCount) }
    public mutating func pageUp(itemCount: Int) { move(by: -max(1, visibleRows - 1), itemCount: itemCount) }
    public mutating func selectFirst(itemCount: Int) { selected = itemCount > 0 ? 0 : nil }
    public mutating func selectLast(itemCount: Int) { selected = itemCount > 0 ? itemCount - 1 : nil }

    public mutating func move(by delta: Int, itemCount: Int) {
        guard itemCount > 0 else { selected = nil; return }
        let current = selected ?? (delta >= 0 ? -1 : itemCount)
        selected = max(0, min(itemCount - 1, current + delta))
    }

    /// Clamps the selection to the item count and scrolls so it is within `height` rows.
    public mutating func keepSelectionVisible(itemCount: Int, height: Int) {
        visibleRows = max(1, height)
        if let s = selected { selected = itemCount == 0 ? nil : min(max(0, s), itemCount - 1) }
        offset = max(0, min(offset, max(0, itemCount - visibleRows)))
        if let s = selected {
            if s < offset { offset = s }
            if s >= offset + visibleRows { offset = s - visibleRows + 1 }
        }
    }
}
