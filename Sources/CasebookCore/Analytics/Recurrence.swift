import Foundation

/// Whether a tag is becoming more or less frequent over the window.
public enum Trend: String, Codable, Sendable {
    case rising, falling, flat
}

/// How often a tag comes back over the held sessions of a window.
public struct TagRecurrence: Hashable, Sendable {
    public struct Sighting: Hashable, Sendable {
        public var session: Int
        public var date: Date
    }

    public var tag: AnalyzedTag
    /// Held sessions with at least one observation of the tag.
    public var sessions: Int
    /// `sessions` over the number of held sessions in the window.
    public var ratio: Double
    public var first: Sighting
    public var last: Sighting
    /// Most consecutive held sessions containing the tag.
    public var longestStreak: Int
    /// Mean of the tag's strongest intensity in each session where it appears (the value a
    /// timeline cell shows), so three tentative mentions in one hour do not outweigh one strong.
    public var meanIntensity: Double
    /// Least-squares slope of presence (1 in a held session with the tag, 0 without) against
    /// held-session index, times 10: the change in the chance of seeing the tag per ten sessions.
    public var slopePer10Sessions: Double
    public var trend: Trend
}

public enum Recurrence {
    /// Held sessions needed before a trend is called rising or falling.
    public static let minimumSessionsForTrend = 4
    /// The fitted change in presence from the first to the last held session needed to call a trend.
    public static let trendThreshold = 0.25

    /// Recurrence of every tag observed in the held sessions of the window, in tag order.
    ///
    /// Trend: fit a least-squares line to presence (0/1) over held-session index 0…n−1 and take
    /// the fitted change across the whole window, slope × (n − 1). At least 4 held sessions and a
    /// change of at least ±0.25 (a quarter of the sessions' worth) make it rising or falling;
    /// anything else is flat. Scaling by the window rather than a fixed number of sessions keeps
    /// the same reading for a 12-session window and a 1,300-session history.
    public static func compute(
        sessions: [AnalyzedSession], tags: [AnalyzedTag], window: AnalysisWindow = .all
    ) -> [TagRecurrence] {
        let held = window.held(sessions)
        let index = TagIndex(tags)
        // Per tag, the held-session indices where it appears and the strongest intensity there.
        var presence: [Int64: [(index: Int, intensity: Int)]] = [:]
        for (position, session) in held.enumerated() {
            var strongest: [Int64: Int] = [:]
            for observation in session.observations where index[observation.tagID] != nil {
                strongest[observation.tagID] = max(strongest[observation.tagID] ?? 0, observation.intensity)
            }
            for (tagID, intensity) in strongest {
                presence[tagID, default: []].append((position, intensity))
            }
        }
        let n = held.count
        let results: [TagRecurrence] = presence.compactMap { tagID, seen in
            guard let tag = index[tagID], let firstSeen = seen.first, let lastSeen = seen.last else { return nil }
            let slope = presenceSlope(indices: seen.map(\.index), count: n)
            let change = slope * Double(max(n - 1, 0))
            let trend: Trend =
                n < minimumSessionsForTrend ? .flat
                : change >= trendThreshold ? .rising
                : change <= -trendThreshold ? .falling
                : .flat
            return TagRecurrence(
                tag: tag,
                sessions: seen.count,
                ratio: Double(seen.count) / Double(n),
                first: .init(session: held[firstSeen.index].number, date: held[firstSeen.index].date),
                last: .init(session: held[lastSeen.index].number, date: held[lastSeen.index].date),
                longestStreak: longestRun(seen.map(\.index)),
                meanIntensity: Double(seen.map(\.intensity).reduce(0, +)) / Double(seen.count),
                slopePer10Sessions: slope * 10,
                trend: trend
            )
        }
        return results.sorted { index.rank($0.tag.id) < index.rank($1.tag.id) }
    }

    /// Slope of the least-squares line through (i, 1 if i ∈ indices else 0), i = 0…count−1.
    static func presenceSlope(indices: [Int], count: Int) -> Double {
        guard count >= 2 else { return 0 }
        let n = Double(count)
        let meanX = (n - 1) / 2
        // Σ(x−x̄)(y−ȳ) = Σ_{y=1}(x − x̄) because Σ(x−x̄) = 0; Σ(x−x̄)² = n(n²−1)/12.
        let covariance = indices.reduce(0.0) { $0 + (Double($1) - meanX) }
        let variance = n * (n * n - 1) / 12
        return covariance / variance
    }

    /// Longest run of consecutive integers in an increasing list.
    static func longestRun(_ indices: [Int]) -> Int {
        var longest = 0
        var current = 0
        var previous: Int?
        for index in indices {
            current = (previous.map { index == $0 + 1 } ?? false) ? current + 1 : 1
            longest = max(longest, current)
            previous = index
        }
        return longest
    }
}
