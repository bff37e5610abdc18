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

    public static func load(store: CaseStore, clientID: Int64) throws -> ClientAnalyticsMaterial {
        guard let client = try store.client(id: clientID) else { throw StoreError.clientNotFound("#\(clientID)") }
        let tags = try store.tags(includeArchived: true).compactMap { usage -> AnalyzedTag? in
            guard let id = usage.tag.id else { return nil }
            return AnalyzedTag(
                id: id, category: usage.tag.category, name: usage.tag.name, slug: usage.tag.slug, level: usage.tag.level)
        }
        let records = try store.sessions(clientID: clientID)
        var sessions: [AnalyzedSession] = []
        sessions.reserveCapacity(records.count)
        var slot: [Int64: Int] = [:]
        var numbers: [Int64: Int] = [:]
        for record in records {
            guard let id = record.id else { continue }
            slot[id] = sessions.count
            numbers[id] = record.number
            sessions.append(AnalyzedSession(
                id: id, number: record.number, date: record.startedAt, attendance: record.attendance.rawValue))
        }
        var spans: [Int64: [SpanMark]] = [:]
        for detail in try store.observations(clientID: clientID) {
            let observation = detail.observation
            guard let position = slot[observation.sessionID] else { continue }
            sessions[position].observations.append(AnalyzedObservation(
                tagID: observation.tagID, intensity: observation.intensity, evidence: observation.evidence,
                comment: observation.comment, source: observation.source.rawValue))
            spans[observation.sessionID, default: []].append(
                SpanMark(tagID: observation.tagID, spanStart: observation.spanStart))
        }
        let figures = Dictionary(
            try store.figures(clientID: clientID).compactMap { figure in figure.id.map { ($0, figure.role) } },
            uniquingKeysWith: { first, _ in first })
        let episodes = try store.episodes(clientID: clientID).compactMap { episode -> AnalyzedEpisode? in
            guard let number = numbers[episode.sessionID] else { return nil }
            return AnalyzedEpisode(
                sessionNumber: number, figure: episode.figureID.flatMap { figures[$0] } ?? "therapist",
                wishTagID: episode.wishTagID, roTagID: episode.roTagID, rsTagID: episode.rsTagID,
                roPositive: episode.roTagID == nil ? nil : episode.roPositive,
                rsPositive: episode.rsTagID == nil ? nil : episode.rsPositive)
        }
        return ClientAnalyticsMaterial(
            clientID: clientID, code: client.code, name: client.name, sessions: sessions, tags: tags,
            episodes: episodes, spans: spans)
    }
}
