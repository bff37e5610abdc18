import Foundation

/// A row of the clients list.
public struct ClientSummary: Hashable, Sendable {
    public var client: Client
    public var sessionCount: Int
    /// Start of the latest attended session, nil before the first.
    public var lastSeen: Date?

    public init(client: Client, sessionCount: Int, lastSeen: Date?) {
        self.client = client
        self.sessionCount = sessionCount
        self.lastSeen = lastSeen
    }
}
