import Foundation

/// Fuzzy matching for the palette: the query's characters must appear in order in the title,
/// ignoring case and accents. Matches at word starts and in runs score higher, so "nc" finds
/// "New client" before "Cancel".
public enum PaletteMatcher {
    /// A score (higher is better), or nil when the query does not match.
    public static func score(_ query: String, in title: String) -> Int? {
        let q = Array(ClientFilter.fold(query).filter { !$0.isWhitespace })
        guard !q.isEmpty else { return 0 }
        let t = Array(ClientFilter.fold(title))
        var score = 0
        var qi = 0
        var previousMatch = -2
        for (ti, ch) in t.enumerated() where qi < q.count {
            guard ch == q[qi] else { continue }
            let atWordStart = ti == 0 || !(t[ti - 1].isLetter || t[ti - 1].isNumber)
            score += 1
            if atWordStart { score += 8 }
            if previousMatch == ti - 1 { score += 4 }
            previousMatch = ti
            qi += 1
        }
        guard qi == q.count else { return nil }
        return score * 100 - t.count
    }

    /// The entries that match, best first; ties keep the given order.
    public static func rank(_ query: String, _ entries: [PaletteEntry]) -> [PaletteEntry] {
        entries.enumerated()
            .compactMap { item -> (Int, Int, PaletteEntry)? in
                score(query, in: item.element.title).map { ($0, item.offset, item.element) }
            }
            .sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 > $1.0 }
            .map(\.2)
    }
}
