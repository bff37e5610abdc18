import TerminalKit

/// What a screen component asks the shell to do after an update: navigation lives in the shell,
/// so components stay independent of each other.
public enum ScreenRequest: Sendable, Equatable {
    /// Leave this screen (Esc or `q` outside text entry), back to the one below it.
    case close
    /// Open a session, optionally with the editor cursor at a Unicode scalar offset of a note layer.
    case openSession(sessionID: Int64, layer: String?, scalarOffset: Int?)
    /// Open the Client screen of a client.
    case openClient(clientID: Int64)
    /// Show a message in the status line.
    case status(String)
}

/// A key hint for the hint bar and the help overlay.
public struct ScreenKeyHint: Sendable, Equatable {
    public var key: String
    public var label: String
    public init(_ key: String, _ label: String) { self.key = key; self.label = label }
}
