import CasebookCore
import Foundation

/// One client's material as the analytics read it, loaded once when Patterns or the preview
/// opens, so changing a window never re-reads the client. (The Timeline reads its own part,
/// `TimelineMaterial`, without the episodes.)
///
/// Observations carry code and intensity only, so this stays an index read even for a client
/// of 1,300 sessions.
public struct ClientAnalyticsMaterial: ClientMaterial, Equatable {
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

    public static let memoKind = "client-analytics-material"

    /// The client's material read now, in one read transaction that touches no note and no
    /// observation's text.
    public static func read(store: CaseStore, clientID: Int64) throws -> ClientAnalyticsMaterial {
        let read = try store.analyticsMaterial(clientID: clientID)
        return ClientAnalyticsMaterial(
            clientID: clientID, code: read.client.code, name: read.client.name, sessions: read.sessions, tags: read.tags,
            episodes: read.episodes)
    }
}
