/// Read-only text: lines of styled spans, word-wrapped to the area, scrolled by whole rows.
public struct Paragraph: Widget, Hashable, Sendable {
    public var lines: [Line]
    public var wrap: Bool
    /// Display rows skipped at the top.
    public var scroll: Int
    public var alignment: Alignment
    public var style: Style
    public var block: Block?

    public init(_ lines: [Line], wrap: Bool = true, scroll: Int = 0, alignment: Alignment = .left,
                style: Style = .plain, block: Block? = nil) {
        self.lines = lines
        self.wrap = wrap
        self.scroll = scroll
        self.alignment = alignment
        self.style = style
        self.block = block
    }

    /// A paragraph of plain text; newlines start new lines.
    public init(text: String, style: Style = .plain, wrap: Bool = true, scroll: Int = 0, block: Block? = nil) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Line(String($0)) }
        self.init(lines, wrap: wrap, scroll: scroll, style: style, block: block)
    }

    /// The number of display rows the text takes at `width` columns (for scroll limits).
    public func rowCount(width: Int) -> Int { displayRows(width: width).count }

    public func render(in area: Rect, buffer: inout Buffer) {
        var inner = area
        if let block {
            block.render(in: area, buffer: &buffer)
            inner = block.inner(area)
        }
        guard !inner.isEmpty else { return }
        if style != .plain { buffer.setStyle(area: inner, style: style) }
        let rows = displayRows(width: inner.width)
        let start = max(0, scroll)
        guard start < rows.count else { return }
        for (i, row) in rows[start...].prefix(inner.height).enumerated() {
            let w = row.reduce(0) { $0 + $1.width }
            let x: Int
            switch alignment {
            case .left: x = inner.x
            case .center: x = inner.x + max(0, (inner.width - w) / 2)
            case .right: x = inner.x + max(0, inner.width - w)
            }
            buffer.setLine(x: x, y: inner.y + i, Line(row), maxWidth: inner.right - x, baseStyle: style)
        }
    }

    /// Each display row as spans, after wrapping.
    func displayRows(width: Int) -> [[Span]] {
        var rows: [[Span]] = []
        for line in lines {
            guard wrap else { rows.append(line.spans); continue }
            // Wrap the plain text, then give each grapheme back the style of its span.
            var graphemeStyles: [Style] = []
            for span in line.spans {
                for _ in span.text { graphemeStyles.append(span.style) }
            }
            let text = line.text
            let graphemes = Array(text)
            for wrapped in WordWrap.lines(of: text, width: width) {
                var spans: [Span] = []
                for k in wrapped.graphemeRange {
                    let style = graphemeStyles[k]
                    if var last = spans.last, last.style == style {
                        last.text.append(graphemes[k])
                        spans[spans.count - 1] = last
                    } else {
                        spans.append(Span(String(graphemes[k]), style: style))
                    }
                }
                rows.append(spans)
            }
        }
        return rows
    }
}
