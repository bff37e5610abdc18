import TerminalKit

/// One line of the command palette: a name to match and what running it does.
public struct PaletteEntry: Hashable, Sendable {
    public enum Command: Hashable, Sendable {
        case action(Action)
        /// A session-screen action, run by feeding its key to that screen.
        case key(KeyEvent)
        /// A session-screen action, run by its name (`SessionScreen.perform`).
        case sessionAction(String)
    }

    public var title: String
    public var keyLabel: String
    public var command: Command

    public init(title: String, keyLabel: String, command: Command) {
        self.title = title
        self.keyLabel = keyLabel
        self.command = command
    }
}
