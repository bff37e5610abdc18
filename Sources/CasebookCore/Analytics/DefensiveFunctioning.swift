import Foundation

/// The Overall Defensive Functioning of one session (SPEC §3).
public struct SessionODF: Hashable, Sendable {
    public var session: Int
    public var date: Date
    public var odf: Double
    /// Defense observations that went into it.
    public var observations: Int
}

/// Overall Defensive Functioning: Σ(level × count) / Σ count over defense observations, 1…7.
///
/// Each defense observation counts once whatever its intensity, as in DMRS scoring, where a
/// defense is tallied each time it is rated; `weightByIntensity` instead weighs each by its
/// intensity (1–3). Defenses without a DMRS level, and observations of tags not in the
/// codebook given, are left out.
public enum DefensiveFunctioning {
    public static let defaultRollingWindow = 5

    /// ODF of each held session of the window that has defense observations, in session order.
    /// Sessions without any are left out rather than scored 0, which would read as "action level".
    public static func perSession(
        sessions: [AnalyzedSession], tags: [AnalyzedTag], window: AnalysisWindow = .all,
        weightByIntensity: Bool = false
    ) -> [SessionODF] {
        let index = TagIndex(tags)
        return window.held(sessions).compactMap { session in
            let tally = tally(session.observations, index: index, weightByIntensity: weightByIntensity)
            guard let odf = tally.odf else { return nil }
            return SessionODF(session: session.number, date: session.date, odf: odf, observations: tally.count)
        }
    }

    /// ODF pooled over every defense observation of the held sessions in the window (not the
    /// mean of session ODFs, so a session with many defenses weighs more). Nil without defenses.
    public static func overall(
        sessions: [AnalyzedSession], tags: [AnalyzedTag], window: AnalysisWindow = .all,
        weightByIntensity: Bool = false
    ) -> Double? {
        let index = TagIndex(tags)
        return tally(window.held(sessions).flatMap(\.observations), index: index, weightByIntensity: weightByIntensity).odf
    }

    /// Trailing mean over the last `k` sessions that have an ODF (the session itself and up to
    /// k − 1 before it), so the first points average what there is so far.
    public static func rollingMean(_ series: [SessionODF], over k: Int = defaultRollingWindow) -> [SessionODF] {
        let span = max(1, k)
        var sum = 0.0
        return series.indices.map { position in
            sum += series[position].odf
            if position >= span { sum -= series[position - span].odf }
            var point = series[position]
            point.odf = sum / Double(min(position + 1, span))
            return point
        }
    }

    struct Tally {
        var weightedLevels = 0.0
        var weight = 0.0
        var count = 0
        var odf: Double? { weight > 0 ? weightedLevels / weight : nil }
    }

    static func tally(_ observations: [AnalyzedObservation], index: TagIndex, weightByIntensity: Bool) -> Tally {
        var tally = Tally()
        for observation in observations {
            guard let tag = index[observation.tagID], tag.category == .defense, let level = tag.level else { continue }
            let weight = weightByIntensity ? Double(observation.intensity) : 1
            tally.weightedLevels += Double(level) * weight
            tally.weight += weight
            tally.count += 1
        }
        return tally
    }
}
