import CasebookCore
import Foundation

/// One client's material as the analytics read it, loaded once when Patterns or the preview
/// opens, so changing a window never re-reads the client. (The Timeline reads its own part,
/// `TimelineMaterial`, without the episodes.)
///
/// Observations carry code and intensity only, so this stays an index read even for a client
/// of 1,300 sessions.
public struct ClientAnalyticsMaterial: Sendable, Equatable {
    public var clientID: Int64
    public var code: String
    public var name: String
    public var sessions: [AnalyzedSession]
    public var tags: [AnalyzedTag]
    public var episodes: [AnalyzedEpisode]

    public init(
        clientID: Int64, code: String, name: String, sessions: [AnalyzedSession], tags: [AnalyzedTag],
        episodes: [AnalyzedEpisode]
    ) {
        self.clientID = clientID
        self.code = code
        self.name = name
        self.sessions = sessions
        self.tags = tags
        self.episodes = episodes
    }

    /// The client's code, or code and name when names may be shown.
    public func label(codeOnly: Bool) -> String {
        codeOnly || name.isEmpty ? code : "\(code) \(name)"
    }

    /// The client's material, from the store's memo when nothing was written since it was last
    /// read (selecting a client in the list reads it for the preview; opening Patterns next
    /// finds it there).
    public static func load(store: CaseStore, clientID: Int64) throws -> ClientAnalyticsMaterial {
        try store.memoized(memoKind, key: String(clientID)) { try read(store: store, clientID: clientID) }
    }

    static let memoKind = "client-analytics-material"

    /// The client's material read now, in one read transaction that touches no note and no
    /// observation's text.
    public static func read(store: CaseStore, clientID: Int64) throws -> ClientAnalyticsMaterial {
        let read = try store.analyticsMaterial(clientID: clientID)
        return ClientAnalyticsMaterial(
            clientID: clientID, code: read.client.code, name: read.client.name, sessions: read.sessions, tags: read.tags,
            episodes: read.episodes)
    }
}
