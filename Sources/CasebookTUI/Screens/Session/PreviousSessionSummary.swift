import CasebookCore
import Foundation

/// What the clinician glances at before or during the hour: the last session's date, the
/// opening of its process note and the codes seen in it.
public struct PreviousSessionSummary: Hashable, Sendable {
    public var number: Int
    public var startedAt: Date
    /// The first non-empty lines of the process note.
    public var firstLines: [String]
    /// Codes seen, in note order, each once, with the highest intensity.
    public var tags: [(tag: Tag, intensity: Int)]

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
        var best: [Int64: (tag: Tag, intensity: Int)] = [:]
        for detail in observations {
            let id = detail.observation.tagID
            if let seen = best[id] {
                best[id] = (seen.tag, max(seen.intensity, detail.observation.intensity))
            } else {
                order.append(id)
                best[id] = (detail.tag, detail.observation.intensity)
            }
        }
        tags = order.compactMap { best[$0] }
    }

    public static func == (a: PreviousSessionSummary, b: PreviousSessionSummary) -> Bool {
        a.number == b.number && a.startedAt == b.startedAt && a.firstLines == b.firstLines
            && a.tags.map(\.tag) == b.tags.map(\.tag) && a.tags.map(\.intensity) == b.tags.map(\.intensity)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(number)
        hasher.combine(startedAt)
    }
}
