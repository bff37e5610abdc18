/// One column of a table: its header, how wide it may be, and how its cells align.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: Constraint
    public var alignment: Alignment

    public init(_ title: String, width: Constraint, alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// Rows of cells under a header. Rows come from a provider asked only for visible rows;
/// cells too wide for their column end in `…`. Selection and scroll live in a `ListState`.
public struct Table: StatefulWidget {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var cell: (_ row: Int, _ column: Int) -> Span
    public var headerStyle: Style
    public var highlightStyle: Style
    public var style: Style
    /// Blank columns between neighbouring columns.
    public var columnSpacing: Int
    public var block: Block?

    public init(columns: [TableColumn], rowCount: Int, headerStyle: Style = Style(modifiers: .bold),
                highlightStyle: Style = Style(modifiers: .reverse), style: Style = .plain, columnSpacing: Int = 1,
                block: Block? = nil, cell: @escaping (_ row: Int, _ column: Int) -> Span) {
        self.columns = columns
        self.rowCount = rowCount
        self.cell = cell
        self.headerStyle = headerStyle
        self.highlightStyle = highlightStyle
        self.style = style
        self.columnSpacing = columnSpacing
        self.block = block
    }

    /// The column rectangles (one row tall) for a row at `y` within `area`.
    public func columnAreas(in area: Rect) -> [Rect] {
        Layout.horizontal(columns.map(\.width), spacing: columnSpacing).split(area)
    }

    public func render(in area: Rect, buffer: inout Buffer, state: inout ListState) {
        var inner = area
        if let block {
            block.render(in: area, buffer: &buffer)
            inner = block.inner(area)
        }
        guard !inner.isEmpty else { return }
        let columnRects = columnAreas(in: inner.row(0))
        for (rect, column) in zip(columnRects, columns) where rect.width > 0 {
            let text = Truncation.fit(column.title, toWidth: rect.width, alignment: column.alignment)
            buffer.setString(x: rect.x, y: inner.y, text, style: style.patched(with: headerStyle), maxWidth: rect.width)
        }
        let body = inner.inset(top: 1, right: 0, bottom: 0, left: 0)
        guard !body.isEmpty else { return }
        state.keepSelectionVisible(itemCount: rowCount, height: body.height)
        let end = min(rowCount, state.offset + body.height)
        guard state.offset < end else { return }
        for row in state.offset..<end {
            let y = body.y + row - state.offset
            let rowStyle = row == state.selected ? style.patched(with: highlightStyle) : style
            buffer.fill(area: body.row(row - state.offset), cell: Cell(grapheme: " ", width: 1, style: rowStyle))
            for (c, (rect, column)) in zip(columnRects, columns).enumerated() where rect.width > 0 {
                let span = cell(row, c)
                let text = Truncation.fit(span.text, toWidth: rect.width, alignment: column.alignment)
                buffer.setString(x: rect.x, y: y, text, style: rowStyle.patched(with: span.style), maxWidth: rect.width)
            }
        }
    }
}
