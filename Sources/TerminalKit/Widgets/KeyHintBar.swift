/// A key and what it does, as shown in a hint bar.
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var label: String
    public init(_ key: String, _ label: String) { self.key = key; self.label = label }
}

/// A row of `key label` hints. Hints are kept in order while they fit; the first one that
/// does not fit and all after it are dropped whole rather than cut.
public struct KeyHintBar: Widget, Hashable, Sendable {
    public var hints: [KeyHint]
    public var keyStyle: Style
    public var labelStyle: Style
    public var separator: String

    public init(_ hints: [KeyHint], keyStyle: Style = Style(modifiers: .bold), labelStyle: Style = .plain, separator: String = "  ") {
        self.hints = hints
        self.keyStyle = keyStyle
        self.labelStyle = labelStyle
        self.separator = separator
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let sepWidth = displayWidth(of: separator)
        var x = area.x
        for (i, hint) in hints.enumerated() {
            let need = (i > 0 ? sepWidth : 0) + displayWidth(of: hint.key) + 1 + displayWidth(of: hint.label)
            guard x + need <= area.right else { break }
            if i > 0 { x += buffer.setString(x: x, y: area.y, separator, style: labelStyle) }
            x += buffer.setString(x: x, y: area.y, hint.key, style: keyStyle)
            x += buffer.setString(x: x, y: area.y, " ", style: labelStyle)
            x += buffer.setString(x: x, y: area.y, hint.label, style: labelStyle)
        }
    }
}
