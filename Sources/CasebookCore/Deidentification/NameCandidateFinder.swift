/// Finds capitalised words that might be names nobody told Casebook about ("Marta said…"), for the
/// checklist the clinician reads before a brief leaves the app.
///
/// A word counts when it starts with a capital, has at least two letters, is not a built-in common word,
/// not a name already known to the de-identifier, and not a word the clinician allowed. A word at the
/// start of a sentence is usually capitalised only for that reason, so it counts only when the text
/// never uses it in lower case.
struct NameCandidateFinder {
    let knownNames: Set<String>
    let placeholders: [String]

    func candidates(in text: String, allowed: Set<String>) -> [String] {
        var stripped = text
        for placeholder in placeholders where !placeholder.isEmpty {
            stripped = stripped.replacingOccurrences(of: placeholder, with: " ")
        }
        let allowedFolded = Set(allowed.map { String(FoldedText.foldPattern($0)) })
        let words = Self.words(in: stripped)
        let lowercaseUses = Set(words.filter { $0.text.first?.isLowercase == true }.map { $0.folded })

        var counts: [String: Int] = [:]
        var spelling: [String: String] = [:]
        var order: [String] = []
        for word in words {
            guard let first = word.text.first, first.isUppercase, word.text.count >= 2 else { continue }
            let key = word.folded
            if DeidentificationWordLists.capitalisedNonNames.contains(key) || knownNames.contains(key) || allowedFolded.contains(key) {
                continue
            }
            if word.startsSentence && lowercaseUses.contains(key) { continue }
            if spelling[key] == nil {
                spelling[key] = word.text
                order.append(key)
            }
            counts[key, default: 0] += 1
        }
        return order.enumerated()
            .sorted { lhs, rhs in
                let (left, right) = (counts[lhs.element] ?? 0, counts[rhs.element] ?? 0)
                return left != right ? left > right : lhs.offset < rhs.offset
            }
            .compactMap { spelling[$0.element] }
    }

    private struct Word {
        let text: String
        let folded: String
        let startsSentence: Bool
    }

    private static func words(in text: String) -> [Word] {
        var words: [Word] = []
        var current = ""
        var sentenceStart = true
        // Whether only spaces, quotes, brackets or a bullet stand between the last sentence end and here.
        var awaitingSentence = true
        func finish() {
            guard !current.isEmpty else { return }
            words.append(Word(text: current, folded: FoldedText.foldWord(current), startsSentence: sentenceStart))
            current = ""
            awaitingSentence = false
        }
        for character in text {
            if character.isLetter || (!current.isEmpty && character.unicodeScalars.first?.properties.generalCategory == .nonspacingMark) {
                if current.isEmpty { sentenceStart = awaitingSentence }
                current.append(character)
                continue
            }
            finish()
            if character.isNewline || ".!?:;".contains(character) {
                awaitingSentence = true
            } else if !(character.isWhitespace || "\"'“”‘’«»([{-*•–—".contains(character)) {
                awaitingSentence = false
            }
        }
        finish()
        return words
    }
}
