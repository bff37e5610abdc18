/// One spelling to find (a full name, a part of it, an alias) and what replaces it.
struct NamePattern: Sendable {
    /// As the clinician entered it, for reports.
    let spelling: String
    let folded: [Character]
    let replacement: String
    /// Han, Kana and Hangul names are found as substrings: those scripts put no spaces between words.
    let matchesInsideWords: Bool
    /// The name is also an ordinary English word ("Rose", "Will"), so some matches may not be the person.
    let isCommonWord: Bool
}

/// Where a pattern was found, in grapheme indices of the original text.
struct NameMatch {
    let pattern: NamePattern
    let range: Range<Int>
}

/// Finds names in folded text: leftmost first, and at one position the longest spelling, so
/// "Zoë Brandt-Okafor" becomes one code rather than a code for each part.
struct NameMatcher: Sendable {
    private let patternsByFirstCharacter: [Character: [NamePattern]]

    /// Earlier patterns win when two fold to the same spelling, so callers list the client first.
    init(_ patterns: [NamePattern]) {
        var seen: Set<[Character]> = []
        var byFirst: [Character: [NamePattern]] = [:]
        for pattern in patterns where !pattern.folded.isEmpty && seen.insert(pattern.folded).inserted {
            byFirst[pattern.folded[0], default: []].append(pattern)
        }
        for key in byFirst.keys {
            byFirst[key]?.sort { $0.folded.count > $1.folded.count }
        }
        patternsByFirstCharacter = byFirst
    }

    func matches(in text: FoldedText) -> [NameMatch] {
        let folded = text.folded
        let origin = text.origin
        var found: [NameMatch] = []
        var index = 0
        while index < folded.count {
            guard let candidates = patternsByFirstCharacter[folded[index]],
                let pattern = candidates.first(where: { matches($0, at: index, in: text) })
            else {
                index += 1
                continue
            }
            let end = index + pattern.folded.count
            found.append(NameMatch(pattern: pattern, range: origin[index]..<(origin[end - 1] + 1)))
            index = end
        }
        return found
    }

    private func matches(_ pattern: NamePattern, at start: Int, in text: FoldedText) -> Bool {
        let folded = text.folded
        let origin = text.origin
        let end = start + pattern.folded.count
        guard end <= folded.count, folded[start..<end].elementsEqual(pattern.folded) else { return false }
        // A match must cover whole characters of the original ("ß" folds to "ss"; half of it is not a name).
        if start > 0 && origin[start - 1] == origin[start] { return false }
        if end < folded.count && origin[end] == origin[end - 1] { return false }
        if pattern.matchesInsideWords { return true }
        let startsWord = start == 0 || !FoldedText.isWordCharacter(folded[start - 1])
        let endsWord = end == folded.count || !FoldedText.isWordCharacter(folded[end])
        return startsWord && endsWord
    }
}
