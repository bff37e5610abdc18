import CasebookCore
import Foundation

/// What the clinician glances at before or during the hour: the last session's date, the
/// opening of its process note and the codes seen in it.
public struct PreviousSessionSummary: Hashable, Sendable {
    /// A code seen in the session, at the highest intensity it was seen.
    public struct SeenTag: Hashable, Sendable {
        public var tag: Tag
        public var intensity: Int
    }

    public var number: Int
    public var startedAt: Date
    /// The first non-empty lines of the process note.
    public var firstLines: [String]
    /// Codes seen, in note order, each once, with the highest intensity.
    public var tags: [SeenTag]

    public static let lineLimit = 8

    public init(session: Session, observations: [ObservationDetail]) {
        number = session.number
        startedAt = session.startedAt
        firstLines = Array(
            session.processNote.split(separator: "\n", omittingEmptySubsequences: true)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
                .prefix(Self.lineLimit))
        var order: [Int64] = []
        var best: [Int64: SeenTag] = [:]
        for detail in observations {
            let id = detail.observation.tagID
            if best[id] == nil { order.append(id) }
            let intensity = max(best[id]?.intensity ?? 0, detail.observation.intensity)
            best[id] = SeenTag(tag: detail.tag, intensity: intensity)
        }
        tags = order.compactMap { best[$0] }
    }
}
