import TerminalKit

/// Keys that trigger an action, and how help and the hint bar spell them.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [KeyEvent]
    /// How help writes the keys, e.g. `j/↓`.
    public var label: String
    public var action: Action
    /// Shown in the bottom hint bar when set, with this short label.
    public var hint: String?

    public init(_ keys: [KeyEvent], _ label: String, _ action: Action, hint: String? = nil) {
        self.keys = keys
        self.label = label
        self.action = action
        self.hint = hint
    }

    /// Whether `event` is one of the keys. Shift is ignored for characters: terminals differ
    /// in whether they report it with an uppercase letter.
    public func matches(_ event: KeyEvent) -> Bool {
        let normalized = KeyBinding.normalize(event)
        return keys.contains { KeyBinding.normalize($0) == normalized }
    }

    static func normalize(_ event: KeyEvent) -> KeyEvent {
        guard case .character = event.key else { return event }
        var e = event
        e.modifiers.remove(.shift)
        return e
    }
}
