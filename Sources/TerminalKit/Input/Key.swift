/// A key as the application sees it, after escape sequences are decoded.
///
/// Printable text arrives as `.character` holding one grapheme cluster; Ctrl-letters arrive as
/// `.character("a")` with `.ctrl` in the event's modifiers, so keymaps can be written as data.
public enum Key: Hashable, Sendable {
    case character(String)
    case enter
    case tab
    /// Shift-Tab, which terminals send as its own sequence (CSI Z).
    case backTab
    case backspace
    case delete
    case escape
    case up, down, left, right
    case home, end
    case pageUp, pageDown
    case insert
    /// F1–F12 (and beyond, should a terminal send them).
    case function(Int)
}

/// Modifier keys held with a key. Terminals report Alt as an ESC prefix or a CSI parameter.
public struct KeyModifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let shift = KeyModifiers(rawValue: 1 << 0)
    public static let alt = KeyModifiers(rawValue: 1 << 1)
    public static let ctrl = KeyModifiers(rawValue: 1 << 2)

    /// The xterm modifier parameter (`1 + bits`, as in `CSI 1;5A`) turned into modifiers.
    init(xtermParameter p: Int) {
        let bits = max(0, p - 1)
        var m: KeyModifiers = []
        if bits & 1 != 0 { m.insert(.shift) }
        if bits & 2 != 0 || bits & 8 != 0 { m.insert(.alt) }
        if bits & 4 != 0 { m.insert(.ctrl) }
        self = m
    }
}

/// A key press with its modifiers.
public struct KeyEvent: Hashable, Sendable {
    public var key: Key
    public var modifiers: KeyModifiers

    public init(_ key: Key, modifiers: KeyModifiers = []) {
        self.key = key
        self.modifiers = modifiers
    }

    /// A Ctrl-letter chord such as Ctrl-P, written the way keymaps name it.
    public static func ctrl(_ letter: Character) -> KeyEvent {
        KeyEvent(.character(String(letter)), modifiers: .ctrl)
    }

    public static func char(_ text: String) -> KeyEvent { KeyEvent(.character(text)) }
}
