import Foundation

/// How a set of defense observations spreads over the DMRS levels.
public struct DefenseProfile: Hashable, Sendable {
    /// Defense observations with a level.
    public var observations: Int
    /// Share of observations at level 1…7, keyed by level; every level present, 0 when unseen.
    public var levelShares: [Int: Double]
    /// Level 7.
    public var mature: Double
    /// Levels 6 and 5.
    public var neurotic: Double
    /// Levels 4 to 1.
    public var immature: Double
    public var odf: Double?

    init(levels: [Int]) {
        observations = levels.count
        let total = Double(levels.count)
        var counts: [Int: Int] = [:]
        for level in levels { counts[level, default: 0] += 1 }
        let shares = Dictionary(uniqueKeysWithValues: (1...7).map { ($0, total > 0 ? Double(counts[$0] ?? 0) / total : 0) })
        levelShares = shares
        mature = shares[7] ?? 0
        neurotic = (shares[6] ?? 0) + (shares[5] ?? 0)
        immature = (1...4).reduce(0) { $0 + (shares[$1] ?? 0) }
        odf = levels.isEmpty ? nil : Double(levels.reduce(0, +)) / total
    }
}

/// The profile over a window and how it moved from its first to its last third.
public struct DefenseProfileReport: Hashable, Sendable {
    public var window: DefenseProfile
    /// First and last third of the held sessions (⌊n/3⌋ sessions each); nil under 3 held sessions.
    public var firstThird: DefenseProfile?
    public var lastThird: DefenseProfile?

    /// Last third minus first third, per level; empty without thirds.
    public var levelShift: [Int: Double] {
        guard let first = firstThird, let last = lastThird else { return [:] }
        return Dictionary(uniqueKeysWithValues: (1...7).map { ($0, (last.levelShares[$0] ?? 0) - (first.levelShares[$0] ?? 0)) })
    }

    public var matureShift: Double? { shift(\.mature) }
    public var neuroticShift: Double? { shift(\.neurotic) }
    public var immatureShift: Double? { shift(\.immature) }

    /// ODF last third minus first third; nil if either third has no defenses.
    public var odfShift: Double? {
        guard let first = firstThird?.odf, let last = lastThird?.odf else { return nil }
        return last - first
    }

    private func shift(_ share: KeyPath<DefenseProfile, Double>) -> Double? {
        guard let first = firstThird, let last = lastThird else { return nil }
        return last[keyPath: share] - first[keyPath: share]
    }

    /// Each defense observation counts once, as for ODF.
    public static func compute(
        sessions: [AnalyzedSession], tags: [AnalyzedTag], window: AnalysisWindow = .all
    ) -> DefenseProfileReport {
        let index = TagIndex(tags)
        let held = window.held(sessions)
        func levels(_ part: ArraySlice<AnalyzedSession>) -> [Int] {
            part.flatMap(\.observations).compactMap { observation in
                guard let tag = index[observation.tagID], tag.category == .defense else { return nil }
                return tag.level
            }
        }
        let third = held.count / 3
        return DefenseProfileReport(
            window: DefenseProfile(levels: levels(held[...])),
            firstThird: third > 0 ? DefenseProfile(levels: levels(held.prefix(third))) : nil,
            lastThird: third > 0 ? DefenseProfile(levels: levels(held.suffix(third))) : nil
        )
    }
}
