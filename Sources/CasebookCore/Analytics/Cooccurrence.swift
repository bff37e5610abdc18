import Foundation

/// Two tags seen in the same held sessions.
public struct TagPair: Hashable, Sendable {
    /// The pair in tag order.
    public var a: AnalyzedTag
    public var b: AnalyzedTag
    /// Held sessions with both.
    public var count: Int
    /// Sessions with both over sessions with either.
    public var jaccard: Double
}

public enum Cooccurrence {
    public static let defaultMinimumCount = 2

    /// Pairs seen together in at least `minimumCount` held sessions, strongest first: by count,
    /// then Jaccard, then tag order. Each session counts once per pair however often each tag
    /// was observed in it.
    public static func compute(
        sessions: [AnalyzedSession], tags: [AnalyzedTag], window: AnalysisWindow = .all,
        minimumCount: Int = defaultMinimumCount
    ) -> [TagPair] {
        let index = TagIndex(tags)
        var sessionsWith: [Int64: Int] = [:]
        var together: [PairKey: Int] = [:]
        for session in window.held(sessions) {
            let present = Set(session.observations.map(\.tagID).filter { index[$0] != nil })
                .sorted { index.rank($0) < index.rank($1) }
            for id in present { sessionsWith[id, default: 0] += 1 }
            for i in present.indices {
                for j in present.indices where j > i {
                    together[PairKey(a: present[i], b: present[j]), default: 0] += 1
                }
            }
        }
        let pairs: [TagPair] = together.compactMap { key, both in
            guard both >= minimumCount, let a = index[key.a], let b = index[key.b] else { return nil }
            let either = (sessionsWith[key.a] ?? 0) + (sessionsWith[key.b] ?? 0) - both
            return TagPair(a: a, b: b, count: both, jaccard: Double(both) / Double(either))
        }
        return pairs.sorted { x, y in
            if x.count != y.count { return x.count > y.count }
            if x.jaccard != y.jaccard { return x.jaccard > y.jaccard }
            if x.a != y.a { return index.rank(x.a.id) < index.rank(y.a.id) }
            return index.rank(x.b.id) < index.rank(y.b.id)
        }
    }

    struct PairKey: Hashable {
        var a: Int64
        var b: Int64
    }
}
