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
