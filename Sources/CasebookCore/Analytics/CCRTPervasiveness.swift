import Foundation

/// How pervasive one CCRT category is among the scored episodes of a component.
public struct CCRTCategoryShare: Hashable, Sendable {
    public var tag: AnalyzedTag
    /// Episodes in which the category appears.
    public var episodes: Int
    /// `episodes` over the episodes with this component scored.
    public var pervasiveness: Double
    /// Of `episodes`, those whose response was marked positive or negative (RO and RS only;
    /// unmarked ones are in neither).
    public var positive: Int = 0
    public var negative: Int = 0
}

/// Pervasiveness of W, RO and RS categories over a set of relationship episodes.
public struct CCRTComponents: Hashable, Sendable {
    /// Episodes considered (scored in at least one component or not).
    public var episodes: Int
    /// Episodes with the component scored, the denominator of each component's shares.
    public var scoredWish: Int
    public var scoredRO: Int
    public var scoredRS: Int
    /// Most pervasive first; ties by name.
    public var wish: [CCRTCategoryShare]
    public var ro: [CCRTCategoryShare]
    public var rs: [CCRTCategoryShare]

    /// The client's CCRT: the most pervasive W, RO and RS. A tie in pervasiveness goes to the
    /// name first in alphabetical order, so the same data always gives the same CCRT; the
    /// lists show the tie for the clinician to judge.
    public var coreWish: AnalyzedTag? { wish.first?.tag }
    public var coreRO: AnalyzedTag? { ro.first?.tag }
    public var coreRS: AnalyzedTag? { rs.first?.tag }
}

public struct CCRTPervasiveness: Hashable, Sendable {
    public var overall: CCRTComponents
    /// The same, per figure, figures in alphabetical order: the CCRT with mother may not be the
    /// CCRT with the therapist.
    public var byFigure: [FigureComponents]

    public struct FigureComponents: Hashable, Sendable {
        public var figure: String
        public var components: CCRTComponents
    }

    /// Episodes of held sessions in the window; the window is read from `sessions`.
    public static func compute(
        episodes: [AnalyzedEpisode], sessions: [AnalyzedSession], tags: [AnalyzedTag], window: AnalysisWindow = .all
    ) -> CCRTPervasiveness {
        let index = TagIndex(tags)
        let inWindow = window.episodes(episodes, sessions: sessions)
        let figureNames = Set(inWindow.map(\.figure)).sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        return CCRTPervasiveness(
            overall: components(inWindow, index: index),
            byFigure: figureNames.map { name in
                FigureComponents(figure: name, components: components(inWindow.filter { $0.figure == name }, index: index))
            }
        )
    }

    static func components(_ episodes: [AnalyzedEpisode], index: TagIndex) -> CCRTComponents {
        let wish = shares(episodes.map { ($0.wishTagID, nil) }, index: index)
        let ro = shares(episodes.map { ($0.roTagID, $0.roPositive) }, index: index)
        let rs = shares(episodes.map { ($0.rsTagID, $0.rsPositive) }, index: index)
        return CCRTComponents(
            episodes: episodes.count, scoredWish: wish.scored, scoredRO: ro.scored, scoredRS: rs.scored,
            wish: wish.shares, ro: ro.shares, rs: rs.shares
        )
    }

    /// An id that is not in the codebook still makes the episode scored; it just has no row.
    static func shares(_ scores: [(id: Int64?, positive: Bool?)], index: TagIndex) -> (scored: Int, shares: [CCRTCategoryShare]) {
        let scored = scores.filter { $0.id != nil }
        var byID: [Int64: CCRTCategoryShare] = [:]
        for score in scored {
            guard let id = score.id, let tag = index[id] else { continue }
            var share = byID[id] ?? CCRTCategoryShare(tag: tag, episodes: 0, pervasiveness: 0)
            share.episodes += 1
            share.pervasiveness = Double(share.episodes) / Double(scored.count)
            if score.positive == true { share.positive += 1 }
            if score.positive == false { share.negative += 1 }
            byID[id] = share
        }
        let shares = Array(byID.values)
        return (
            scored.count,
            shares.sorted { x, y in
                if x.episodes != y.episodes { return x.episodes > y.episodes }
                let byName = x.tag.name.localizedStandardCompare(y.tag.name)
                if byName != .orderedSame { return byName == .orderedAscending }
                return x.tag.id < y.tag.id
            }
        )
    }
}
