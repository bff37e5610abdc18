import Foundation

/// A candidate's fit to a query: higher is better; `positions` are the grapheme indices of the
/// candidate that matched, for highlighting.
public struct FuzzyMatch: Hashable, Sendable {
    public var score: Int
    public var positions: [Int]
}

/// Ranked subsequence matching, as in command palettes: every query character must appear in
/// order; ignoring case and accents (`Zoe` finds `Zoë`); runs of consecutive characters, word
/// starts and a match at the very start score higher, and among equals the shorter candidate wins.
public enum FuzzyMatcher {
    static let matchScore = 16
    static let consecutiveBonus = 12
    static let wordStartBonus = 10
    static let prefixBonus = 8
    static let gapPenalty = 1

    /// The best alignment of `query` in `candidate`, or nil if it is not a subsequence.
    /// An empty query matches everything with score 0.
    public static func match(_ query: String, in candidate: String) -> FuzzyMatch? {
        let needle = query.filter { !$0.isWhitespace }.map(fold)
        guard !needle.isEmpty else { return FuzzyMatch(score: 0, positions: []) }
        let graphemes = Array(candidate)
        let hay = graphemes.map(fold)
        let n = hay.count, m = needle.count
        guard m <= n else { return nil }

        // Quick rejection before the quadratic pass.
        var q = 0
        for c in hay where q < m && c == needle[q] { q += 1 }
        guard q == m else { return nil }

        let bonuses = (0..<n).map { j -> Int in
            j == 0 ? wordStartBonus + prefixBonus : (isWordStart(graphemes, j) ? wordStartBonus : 0)
        }
        let impossible = Int.min / 4
        // best[i][j]: best score with needle[i] matched at hay[j]; from[i][j]: where needle[i-1] went.
        var best = Array(repeating: Array(repeating: impossible, count: n), count: m)
        var from = Array(repeating: Array(repeating: -1, count: n), count: m)
        for j in 0..<n where hay[j] == needle[0] {
            best[0][j] = matchScore + bonuses[j] - gapPenalty * min(j, 8)
        }
        if m > 1 {
            for i in 1..<m {
                // Best earlier match of needle[i-1] two or more cells back, decayed by the gap.
                var running = impossible, runningFrom = -1
                for j in i..<n {
                    if j >= 2, best[i - 1][j - 2] > impossible {
                        let candidate = best[i - 1][j - 2] - gapPenalty
                        if candidate > running - gapPenalty { running = candidate; runningFrom = j - 2 } else { running -= gapPenalty }
                    } else if running > impossible {
                        running -= gapPenalty
                    }
                    guard hay[j] == needle[i] else { continue }
                    var score = impossible, origin = -1
                    if best[i - 1][j - 1] > impossible {
                        score = best[i - 1][j - 1] + consecutiveBonus
                        origin = j - 1
                    }
                    if running > impossible, running > score {
                        score = running
                        origin = runningFrom
                    }
                    if origin >= 0 {
                        best[i][j] = score + matchScore + bonuses[j]
                        from[i][j] = origin
                    }
                }
            }
        }
        var end = -1, top = impossible
        for j in 0..<n where best[m - 1][j] > top { top = best[m - 1][j]; end = j }
        guard end >= 0 else { return nil }
        var positions = Array(repeating: 0, count: m)
        var j = end
        for i in stride(from: m - 1, through: 0, by: -1) {
            positions[i] = j
            j = from[i][j]
        }
        // Shorter candidates first among otherwise equal matches.
        return FuzzyMatch(score: top * 64 - min(n, 63), positions: positions)
    }

    /// Indices of `candidates` that match `query`, best first; ties keep the given order.
    public static func rank(_ query: String, _ candidates: [String]) -> [(index: Int, match: FuzzyMatch)] {
        var results: [(index: Int, match: FuzzyMatch)] = []
        for (index, candidate) in candidates.enumerated() {
            if let match = match(query, in: candidate) { results.append((index, match)) }
        }
        results.sort { a, b in
            if a.match.score != b.match.score { return a.match.score > b.match.score }
            return a.index < b.index
        }
        return results
    }

    /// One grapheme reduced to what a query compares: lower case, accents removed.
    static func fold(_ c: Character) -> Character {
        if c.isASCII { return Character(c.lowercased()) }
        let folded = String(c).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.first ?? c
    }

    static func isWordStart(_ graphemes: [Character], _ j: Int) -> Bool {
        let previous = graphemes[j - 1], current = graphemes[j]
        let isWord: (Character) -> Bool = { $0.isLetter || $0.isNumber }
        if isWord(current) && !isWord(previous) { return true }
        return current.isUppercase && previous.isLowercase
    }
}
