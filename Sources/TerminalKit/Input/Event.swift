/// Everything the terminal can tell the application, in one stream the update loop consumes.
public enum Event: Hashable, Sendable {
    case key(KeyEvent)
    /// Text pasted while bracketed paste was on: delivered whole, never as keystrokes, so a
    /// pasted `:q` or newline cannot trigger commands. Line endings are normalised to `\n`.
    case paste(String)
    case resize(Size)
    case mouse(MouseEvent)
    /// The terminal window gained (`true`) or lost focus, when focus reporting is on.
    case focus(Bool)
    /// SIGINT, SIGTERM or SIGHUP arrived: the app should autosave and quit.
    case interrupt(Int32)
    /// The process was continued after a stop (SIGCONT); the screen has been redrawn in full.
    case resumed
}

/// A mouse report (SGR 1006 encoding), with a zero-based cell position.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case press(Int)
        case release(Int)
        case drag(Int)
        case scrollUp
        case scrollDown
        case move
    }

    public var kind: Kind
    public var position: Position
    public var modifiers: KeyModifiers

    public init(kind: Kind, position: Position, modifiers: KeyModifiers = []) {
        self.kind = kind
        self.position = position
        self.modifiers = modifiers
    }
}
