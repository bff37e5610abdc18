import CasebookCore
import Foundation

/// One client's material as the analytics read it, loaded once when a Timeline, Patterns or
/// preview opens, so moving the cursor or changing a window never touches the store.
///
/// The store's own `analyticsInput` leaves out where an observation sits in its note; the
/// timeline needs that to open a session at the evidence, so this loader keeps the span start
/// of every observation beside the analytics input, in the same order.
public struct ClientAnalyticsMaterial: Sendable, Equatable {
    /// Where an observation's `#tag` starts in the process note (nil for a manual observation).
    public struct SpanMark: Sendable, Equatable {
        public var tagID: Int64
        public var spanStart: Int?

        public init(tagID: Int64, spanStart: Int?) {
            self.tagID = tagID
            self.spanStart = spanStart
        }
    }

    public var clientID: Int64
    public var code: String
    public var name: String
    public var sessions: [AnalyzedSession]
    public var tags: [AnalyzedTag]
    public var episodes: [AnalyzedEpisode]
    /// Per session id, one mark per observation, in the order of `AnalyzedSession.observations`.
    public var spans: [Int64: [SpanMark]]

    public init(
        clientID: Int64, code: String, name: String, sessions: [AnalyzedSession], tags: [AnalyzedTag],
        episodes: [AnalyzedEpisode], spans: [Int64: [SpanMark]] = [:]
    ) {
        self.clientID = clientID
        self.code = code
        self.name = name
        self.sessions = sessions
        self.tags = tags
        self.episodes = episodes
        self.spans = spans
    }

    /// The client's code, or code and name when names may be shown.
    public func label(codeOnly: Bool) -> String {
        codeOnly || name.isEmpty ? code : "\(code) \(name)"
    }

    /// The span start of the first observation of `tagID` in a session, for opening it at the evidence.
    public func spanStart(sessionID: Int64, tagID: Int64) -> Int? {
        spans[sessionID]?.first { $0.tagID == tagID }?.spanStart
    }

    /// The client's material, from the store's memo when nothing was written since it was last
    /// read (selecting a client in the list reads it for the preview; opening the Timeline or
    /// Patterns next finds it there).
    public static func load(store: CaseStore, clientID: Int64) throws -> ClientAnalyticsMaterial {
        try store.memoized(memoKind, key: String(clientID)) { try read(store: store, clientID: clientID) }
    }

    static let memoKind = "client-analytics-material"

    /// The client's material read now, in one read transaction that touches no note.
    public static func read(store: CaseStore, clientID: Int64) throws -> ClientAnalyticsMaterial {
        let read = try store.analyticsMaterial(clientID: clientID)
        return ClientAnalyticsMaterial(
            clientID: clientID, code: read.client.code, name: read.client.name, sessions: read.sessions, tags: read.tags,
            episodes: read.episodes,
            spans: read.spans.mapValues { marks in marks.map { SpanMark(tagID: $0.tagID, spanStart: $0.spanStart) } })
    }
}
