/// A row of tab titles with the selected one highlighted. If they do not all fit, leading
/// tabs are dropped so the selected one stays visible.
public struct Tabs: Widget, Hashable, Sendable {
    public var titles: [String]
    public var selected: Int
    public var style: Style
    public var highlightStyle: Style
    public var divider: String

    public init(_ titles: [String], selected: Int, style: Style = .plain,
                highlightStyle: Style = Style(modifiers: [.reverse, .bold]), divider: String = "│") {
        self.titles = titles
        self.selected = selected
        self.style = style
        self.highlightStyle = highlightStyle
        self.divider = divider
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty, !titles.isEmpty else { return }
        let labels = titles.map { " \($0) " }
        let widths = labels.map { displayWidth(of: $0) }
        let dividerWidth = displayWidth(of: divider)
        let sel = max(0, min(selected, titles.count - 1))
        var first = 0
        func span(from start: Int, through end: Int) -> Int {
            widths[start...end].reduce(0, +) + (end - start) * dividerWidth
        }
        while first < sel && span(from: first, through: sel) > area.width { first += 1 }
        var x = area.x
        for i in first..<titles.count {
            if i > first {
                guard x + dividerWidth <= area.right else { break }
                x += buffer.setString(x: x, y: area.y, divider, style: style, maxWidth: area.right - x)
            }
            guard x < area.right else { break }
            let s = i == sel ? style.patched(with: highlightStyle) : style
            let room = area.right - x
            x += buffer.setString(x: x, y: area.y, Truncation.truncate(labels[i], toWidth: room), style: s, maxWidth: room)
        }
    }
}
