/// A frame around an area: box-drawing border and a title in the top edge.
public struct Block: Widget, Hashable, Sendable {
    /// The line characters of a border.
    public enum BorderKind: Hashable, Sendable {
        case plain, rounded, double, ascii

        var glyphs: (tl: String, tr: String, bl: String, br: String, h: String, v: String) {
            switch self {
            case .plain: return ("┌", "┐", "└", "┘", "─", "│")
            case .rounded: return ("╭", "╮", "╰", "╯", "─", "│")
            case .double: return ("╔", "╗", "╚", "╝", "═", "║")
            case .ascii: return ("+", "+", "+", "+", "-", "|")
            }
        }
    }

    public var title: String?
    public var titleStyle: Style
    public var borderStyle: Style
    public var border: BorderKind?
    /// Style laid over the whole area before the border (e.g. a panel background).
    public var style: Style

    public init(title: String? = nil, border: BorderKind? = .plain, borderStyle: Style = .plain,
                titleStyle: Style = .plain, style: Style = .plain) {
        self.title = title
        self.border = border
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
        self.style = style
    }

    /// The area left for content inside the border.
    public func inner(_ area: Rect) -> Rect {
        guard border != nil else { return title == nil ? area : area.inset(top: 1, right: 0, bottom: 0, left: 0) }
        return area.inset(by: 1)
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        if style != .plain { buffer.setStyle(area: area, style: style) }
        if let border, area.width >= 2, area.height >= 2 {
            let g = border.glyphs
            let s = style.patched(with: borderStyle)
            for x in (area.left + 1)..<(area.right - 1) {
                buffer.setString(x: x, y: area.top, g.h, style: s)
                buffer.setString(x: x, y: area.bottom - 1, g.h, style: s)
            }
            for y in (area.top + 1)..<(area.bottom - 1) {
                buffer.setString(x: area.left, y: y, g.v, style: s)
                buffer.setString(x: area.right - 1, y: y, g.v, style: s)
            }
            buffer.setString(x: area.left, y: area.top, g.tl, style: s)
            buffer.setString(x: area.right - 1, y: area.top, g.tr, style: s)
            buffer.setString(x: area.left, y: area.bottom - 1, g.bl, style: s)
            buffer.setString(x: area.right - 1, y: area.bottom - 1, g.br, style: s)
        }
        if let title, !title.isEmpty {
            let inset = border == nil ? 0 : 1
            let room = area.width - 2 * inset
            guard room > 2 else { return }
            let text = Truncation.truncate(" \(title) ", toWidth: room)
            buffer.setString(x: area.left + inset, y: area.top, text, style: style.patched(with: titleStyle))
        }
    }
}
