import Foundation

/// A line of feedback in the status bar: what just happened, or what went wrong and what to do.
public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, error }
    public var text: String
    public var kind: Kind
    /// Info messages fade after a few seconds; errors stay until the next message.
    public var expires: Date?

    public init(_ text: String, kind: Kind = .info, expires: Date? = nil) {
        self.text = text
        self.kind = kind
        self.expires = expires
    }
}
