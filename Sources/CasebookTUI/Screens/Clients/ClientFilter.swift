import Foundation

/// Matching of the inline filter: every word typed must occur in the code, the name (unless
/// names are hidden), the status, the frequency or a top theme, ignoring case and accents,
/// so "zoe" finds "Zoë".
public enum ClientFilter {
    public static func matches(_ item: ClientListItem, query: String, codeOnly: Bool) -> Bool {
        matcher(query: query, codeOnly: codeOnly)(item)
    }

    /// `matches` with the query folded once for a whole list, and nothing folded at all when
    /// it has no words (the list without a filter, as at start).
    public static func matcher(query: String, codeOnly: Bool) -> (ClientListItem) -> Bool {
        let words = fold(query).split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return { _ in true } }
        return { item in
            var fields = [item.code, item.status, item.frequency] + item.topThemes.map(\.name)
            if !codeOnly { fields.append(item.name) }
            let haystack = fold(fields.joined(separator: " "))
            return words.allSatisfy { haystack.contains($0) }
        }
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
