import Foundation

/// Finds where a search hit's words sit in the full note, so the editor can open with the
/// cursor on the match. FTS5 folds case and diacritics, so the comparison does too: the
/// snippet's `Zoë` is found as `ZOE` or `zoë` in the note alike.
enum NoteMatchLocator {
    /// The Unicode scalar offset in `text` of the earliest whole-word occurrence of any of
    /// `terms` (a word that starts there, so a prefix term finds longer words); nil if none.
    static func firstScalarOffset(of terms: [String], in text: String) -> Int? {
        let needles = terms.map { Array(fold($0)) }.filter { !$0.isEmpty }
        guard !needles.isEmpty else { return nil }
        // The folded note, each folded character remembering the scalar offset it came from.
        var folded: [Character] = []
        var origins: [Int] = []
        var wordStarts: [Bool] = []
        var offset = 0
        var previousIsWord = false
        for character in text {
            let isWord = character.isLetter || character.isNumber
            for (k, f) in fold(String(character)).enumerated() {
                folded.append(f)
                origins.append(offset)
                wordStarts.append(k == 0 && isWord && !previousIsWord)
            }
            previousIsWord = isWord
            offset += character.unicodeScalars.count
        }
        var best: Int?
        for needle in needles {
            var i = 0
            while i + needle.count <= folded.count {
                if wordStarts[i], folded[i] == needle[0], Array(folded[i..<(i + needle.count)]) == needle {
                    if best.map({ origins[i] < $0 }) ?? true { best = origins[i] }
                    break
                }
                i += 1
            }
        }
        return best
    }

    /// The words between the match markers of a snippet, in order, without repeats.
    static func markedTerms(_ markedSnippet: String) -> [String] {
        var terms: [String] = []
        var current: String?
        for character in markedSnippet {
            if character == "\u{1}" {
                current = ""
            } else if character == "\u{2}" {
                if let term = current, !term.isEmpty, !terms.contains(term) { terms.append(term) }
                current = nil
            } else {
                current?.append(character)
            }
        }
        return terms
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
