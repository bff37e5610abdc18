import Foundation

/// Which sessions an analysis looks at. Applied before anything is counted.
public enum AnalysisWindow: Hashable, Sendable {
    case all
    /// The last N sessions by number, held or not, so "last 10" means the last ten columns of
    /// the timeline; ratios then count only the held ones among them.
    case lastN(Int)
    /// Sessions whose number lies in the range.
    case sessionRange(ClosedRange<Int>)
    /// Sessions whose date lies in the range (both ends included).
    case dateRange(ClosedRange<Date>)

    /// The sessions of the window, ordered by session number.
    public func apply(to sessions: [AnalyzedSession]) -> [AnalyzedSession] {
        // The store reads sessions in number order: sorting them again (a stable sort, which
        // leaves an ordered list as it is) would only copy 1,300 sessions for a long client.
        let isOrdered = zip(sessions.indices.dropLast(), sessions.indices.dropFirst())
            .allSatisfy { sessions[$0].number <= sessions[$1].number }
        let ordered = isOrdered ? sessions : sessions.sorted { $0.number < $1.number }
        switch self {
        case .all:
            return ordered
        case .lastN(let count):
            return Array(ordered.suffix(max(0, count)))
        case .sessionRange(let range):
            return ordered.filter { range.contains($0.number) }
        case .dateRange(let range):
            return ordered.filter { range.contains($0.date) }
        }
    }

    /// The held sessions of the window, ordered by session number.
    public func held(_ sessions: [AnalyzedSession]) -> [AnalyzedSession] {
        apply(to: sessions).filter(\.isHeld)
    }

    /// Episodes whose session is a held session of the window.
    public func episodes(_ episodes: [AnalyzedEpisode], sessions: [AnalyzedSession]) -> [AnalyzedEpisode] {
        let numbers = Set(held(sessions).map(\.number))
        return episodes.filter { numbers.contains($0.sessionNumber) }
    }
}
