import Foundation

/// Where a search hit sits: one of the two notes, or an observation's evidence or comment.
public enum SearchLayer: String, Codable, Sendable, CaseIterable {
    case process
    case record
    case evidence
    case comment
}

/// The order search returned its hits in: relevance when few enough passages matched to rank
/// them all, else newest session first (`SearchQuery.rankingCap`).
public enum SearchOrder: String, Codable, Sendable {
    case relevance
    case recency
}

/// One search result, in the order `order` names.
public struct SearchHit: Hashable, Sendable {
    public static let matchStart: Character = "\u{1}"
    public static let matchEnd: Character = "\u{2}"

    public var clientID: Int64
    public var clientCode: String
    public var sessionID: Int64
    public var sessionNumber: Int
    public var sessionStartedAt: Date
    public var layer: SearchLayer
    /// Set for evidence and comment hits.
    public var observationID: Int64?
    public var category: TagCategory?
    /// Excerpt around the match with each matched term between `matchStart` (U+0001) and
    /// `matchEnd` (U+0002); `…` where the note was cut.
    public var markedSnippet: String
    /// Lower is better, as `casebook search --json` reports it: the bm25 score (SQLite's
    /// convention) when `order` is relevance, the hit's place in the list (1, 2, …) when recency.
    public var rank: Double
    public var order: SearchOrder

    public init(
        clientID: Int64, clientCode: String, sessionID: Int64, sessionNumber: Int, sessionStartedAt: Date,
        layer: SearchLayer, observationID: Int64?, category: TagCategory?, markedSnippet: String, rank: Double,
        order: SearchOrder = .relevance
    ) {
        self.clientID = clientID
        self.clientCode = clientCode
        self.sessionID = sessionID
        self.sessionNumber = sessionNumber
        self.sessionStartedAt = sessionStartedAt
        self.layer = layer
        self.observationID = observationID
        self.category = category
        self.markedSnippet = markedSnippet
        self.rank = rank
        self.order = order
    }

    /// The snippet as plain text, markers removed.
    public var snippet: String { String(markedSnippet.filter { $0 != Self.matchStart && $0 != Self.matchEnd }) }

    /// Matched ranges in `snippet`, in Character offsets (what a display-width routine walks).
    public var highlights: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var offset = 0
        var start: Int?
        for character in markedSnippet {
            if character == Self.matchStart {
                start = offset
            } else if character == Self.matchEnd {
                if let begin = start { ranges.append(begin..<offset) }
                start = nil
            } else {
                offset += 1
            }
        }
        return ranges
    }
}
