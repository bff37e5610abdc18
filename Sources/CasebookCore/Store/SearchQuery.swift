import Foundation

/// What the clinician typed into search, with its filters.
public struct SearchQuery: Hashable, Sendable {
    /// Words, all of which must appear; `word*` matches any word starting so; `"two words"` a phrase.
    public var text: String
    public var clientID: Int64?
    /// Sessions starting at or after this instant.
    public var from: Date?
    /// Sessions starting before this instant.
    public var until: Date?
    /// When set, only evidence and comment hits of observations in this category.
    public var category: TagCategory?
    public var limit: Int
    /// The most matches a search orders by relevance (bm25). When more passages than this pass
    /// the filters, they come newest session first instead: bm25 costs time for every match it
    /// scores, and a word like "mother" matches tens of thousands of a career's passages, where
    /// recent material is what a clinician wants first anyway. Nil ranks every match.
    public var rankingCap: Int?

    public init(
        _ text: String, clientID: Int64? = nil, from: Date? = nil, until: Date? = nil, category: TagCategory? = nil,
        limit: Int = 50, rankingCap: Int? = 1000
    ) {
        self.text = text
        self.clientID = clientID
        self.from = from
        self.until = until
        self.category = category
        self.limit = limit
        self.rankingCap = rankingCap
    }

    /// The FTS5 expression for `text`: every term quoted, so no input can be read as FTS5
    /// syntax (`AND`, `NEAR`, `-`, `:`); a trailing `*` survives as a prefix query. Nil when
    /// nothing searchable remains.
    public var ftsPattern: String? {
        var terms: [String] = []
        var phrase: String?
        var word = ""
        func flush() {
            defer { word = "" }
            let prefix = word.hasSuffix("*")
            let core = word.trimmingCharacters(in: CharacterSet(charactersIn: "*"))
            guard core.unicodeScalars.contains(where: { CharacterSet.alphanumerics.contains($0) }) else { return }
            terms.append(Self.quoted(core) + (prefix ? "*" : ""))
        }
        for character in text {
            // Control characters (a NUL above all, which ends FTS5's string early) separate words.
            if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                if phrase != nil { phrase?.append(" ") } else { flush() }
            } else if character == "\"" {
                if let open = phrase {
                    if open.unicodeScalars.contains(where: { CharacterSet.alphanumerics.contains($0) }) {
                        terms.append(Self.quoted(open))
                    }
                    phrase = nil
                } else {
                    flush()
                    phrase = ""
                }
            } else if phrase != nil {
                phrase?.append(character)
            } else if character.isWhitespace {
                flush()
            } else {
                word.append(character)
            }
        }
        if let open = phrase { word = open }
        flush()
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }

    /// Doubles every quote scalar, including one a combining mark has joined into a larger
    /// grapheme (`"` + U+1B72), which a grapheme-aware replace would miss, ending the string early.
    private static func quoted(_ term: String) -> String {
        var result = "\""
        for scalar in term.unicodeScalars {
            if scalar == "\"" { result += "\"\"" } else { result.unicodeScalars.append(scalar) }
        }
        return result + "\""
    }
}
