/// A modal box centred over the screen: clears what is under it, frames a title, wraps a
/// body message and shows a row of buttons with the selected one highlighted.
public struct Dialog: Widget, Hashable, Sendable {
    public var title: String
    public var body: String
    public var buttons: [String]
    public var selectedButton: Int
    /// Preferred outer width; shrunk to the screen.
    public var width: Int
    public var style: Style
    public var borderStyle: Style
    public var buttonStyle: Style
    public var selectedButtonStyle: Style

    public init(title: String, body: String, buttons: [String] = ["OK"], selectedButton: Int = 0, width: Int = 50,
                style: Style = .plain, borderStyle: Style = .plain, buttonStyle: Style = .plain,
                selectedButtonStyle: Style = Style(modifiers: .reverse)) {
        self.title = title
        self.body = body
        self.buttons = buttons
        self.selectedButton = selectedButton
        self.width = width
        self.style = style
        self.borderStyle = borderStyle
        self.buttonStyle = buttonStyle
        self.selectedButtonStyle = selectedButtonStyle
    }

    /// The box the dialog occupies on a screen of `area`.
    public func frame(in area: Rect) -> Rect {
        let w = min(width, area.width)
        let bodyRows = Paragraph(text: body).rowCount(width: max(1, w - 4))
        let h = min(area.height, bodyRows + (buttons.isEmpty ? 2 : 4))
        return area.centered(Size(width: w, height: h))
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let box = frame(in: area)
        guard !box.isEmpty else { return }
        buffer.fill(area: box, cell: Cell(grapheme: " ", width: 1, style: style))
        let block = Block(title: title, borderStyle: borderStyle, style: style)
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
        guard !inner.isEmpty else { return }
        let buttonRows = buttons.isEmpty ? 0 : 2
        let bodyArea = inner.inset(top: 0, right: 0, bottom: buttonRows, left: 0)
        Paragraph(text: body, style: style).render(in: bodyArea, buffer: &buffer)
        guard buttonRows > 0, inner.height >= 1 else { return }
        // On a narrow screen the buttons lose their inner padding before anything is cut.
        var labels = buttons.map { "[ \($0) ]" }
        var gap = 2
        var total = labels.reduce(0) { $0 + displayWidth(of: $1) } + gap * (labels.count - 1)
        if total > inner.width {
            labels = buttons.map { "[\($0)]" }
            gap = 1
            total = labels.reduce(0) { $0 + displayWidth(of: $1) } + gap * (labels.count - 1)
        }
        var x = inner.x + max(0, (inner.width - total) / 2)
        let y = inner.bottom - 1
        for (i, label) in labels.enumerated() {
            let s = style.patched(with: i == selectedButton ? selectedButtonStyle : buttonStyle)
            x += buffer.setString(x: x, y: y, label, style: s, maxWidth: inner.right - x) + gap
            if x >= inner.right { break }
        }
    }
}
