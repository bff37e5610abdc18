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

/// A vertical list of one-row items, drawn from a provider asked only for the visible rows,
/// so a list of 100,000 items costs what the visible rows cost.
public struct ListView: StatefulWidget {
    public var itemCount: Int
    public var item: (Int) -> Line
    public var highlightStyle: Style
    /// Drawn before the selected row; other rows are indented by its width.
    public var highlightSymbol: String
    public var style: Style
    public var block: Block?

    public init(itemCount: Int, highlightStyle: Style = Style(modifiers: .reverse), highlightSymbol: String = "",
                style: Style = .plain, block: Block? = nil, item: @escaping (Int) -> Line) {
        self.itemCount = itemCount
        self.item = item
        self.highlightStyle = highlightStyle
        self.highlightSymbol = highlightSymbol
        self.style = style
        self.block = block
    }

    public func render(in area: Rect, buffer: inout Buffer, state: inout ListState) {
        var inner = area
        if let block {
            block.render(in: area, buffer: &buffer)
            inner = block.inner(area)
        }
        guard !inner.isEmpty else { return }
        state.keepSelectionVisible(itemCount: itemCount, height: inner.height)
        let symbolWidth = displayWidth(of: highlightSymbol)
        let end = min(itemCount, state.offset + inner.height)
        guard state.offset < end else { return }
        for index in state.offset..<end {
            let y = inner.y + index - state.offset
            let selected = index == state.selected
            let rowStyle = selected ? style.patched(with: highlightStyle) : style
            buffer.fill(area: inner.row(index - state.offset), cell: Cell(grapheme: " ", width: 1, style: rowStyle))
            var x = inner.x
            if symbolWidth > 0 {
                if selected { buffer.setString(x: x, y: y, highlightSymbol, style: rowStyle, maxWidth: inner.width) }
                x += symbolWidth
            }
            let line = item(index)
            let room = inner.right - x
            guard room > 0 else { continue }
            if line.width > room {
                buffer.setString(x: x, y: y, Truncation.truncate(line.text, toWidth: room),
                                 style: rowStyle.patched(with: line.spans.first?.style ?? .plain), maxWidth: room)
            } else {
                buffer.setLine(x: x, y: y, line, maxWidth: room, baseStyle: rowStyle)
            }
        }
    }
}
