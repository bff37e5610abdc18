/// One row with left, centre and right segments. The right segment wins space first (it
/// usually holds state such as "saved"), then the left; the centre shows only if it fits
/// between them.
public struct StatusLine: Widget, Hashable, Sendable {
    public var left: Line
    public var center: Line
    public var right: Line
    public var style: Style

    public init(left: Line = Line([]), center: Line = Line([]), right: Line = Line([]), style: Style = .plain) {
        self.left = left
        self.center = center
        self.right = right
        self.style = style
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(area: row, cell: Cell(grapheme: " ", width: 1, style: style))
        let rightText = Truncation.truncate(right.text, toWidth: row.width)
        let rightWidth = displayWidth(of: rightText)
        let rightX = row.right - rightWidth
        if rightText == right.text { buffer.setLine(x: rightX, y: row.y, right, baseStyle: style) }
        else { buffer.setString(x: rightX, y: row.y, rightText, style: style.patched(with: right.spans.first?.style ?? .plain)) }
        let leftRoom = max(0, row.width - rightWidth - (rightWidth > 0 ? 1 : 0))
        var leftWidth = 0
        if left.width <= leftRoom {
            leftWidth = buffer.setLine(x: row.x, y: row.y, left, maxWidth: leftRoom, baseStyle: style)
        } else if leftRoom > 0 {
            leftWidth = buffer.setString(x: row.x, y: row.y, Truncation.truncate(left.text, toWidth: leftRoom),
                                         style: style.patched(with: left.spans.first?.style ?? .plain), maxWidth: leftRoom)
        }
        let cw = center.width
        guard cw > 0 else { return }
        let cx = row.x + (row.width - cw) / 2
        let leftLimit = row.x + leftWidth + (leftWidth > 0 ? 1 : 0)
        let rightLimit = rightX - (rightWidth > 0 ? 1 : 0)
        if cx >= leftLimit && cx + cw <= rightLimit {
            buffer.setLine(x: cx, y: row.y, center, baseStyle: style)
        }
    }
}
