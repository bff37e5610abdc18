import Foundation

/// Text reduced to a form in which "Zoë", "ZOE", "zoe\u{0308}" and "Zoe" are the same letters, while
/// remembering which character of the original each folded character came from, so a match found in
/// the folded form can be replaced in the original without disturbing anything around it.
struct FoldedText {
    /// The original text, one grapheme cluster per element.
    let original: [Character]
    /// The folded text; runs of whitespace collapse to one space so "Zoë  Brandt" still matches "Zoë Brandt".
    let folded: [Character]
    /// For each folded character, the index in `original` it came from.
    let origin: [Int]

    init(_ text: String) {
        let original = Array(text)
        var folded: [Character] = []
        var origin: [Int] = []
        folded.reserveCapacity(original.count)
        origin.reserveCapacity(original.count)
        for (index, character) in original.enumerated() {
            if character.isWhitespace {
                if folded.last != " " {
                    folded.append(" ")
                    origin.append(index)
                }
                continue
            }
            for piece in FoldedText.fold(character) {
                folded.append(piece)
                origin.append(index)
            }
        }
        self.original = original
        self.folded = folded
        self.origin = origin
    }

    /// Folds a whole pattern (a name, an alias) the same way text is folded.
    static func foldPattern(_ pattern: String) -> [Character] {
        FoldedText(pattern.trimmingCharacters(in: .whitespacesAndNewlines)).folded
    }

    /// Folds a single word without building position maps, for the many words of a checklist scan.
    static func foldWord(_ word: String) -> String {
        var folded = ""
        for character in word {
            folded.append(contentsOf: fold(character))
        }
        return folded
    }

    /// Lower-cases and strips diacritics from one grapheme. ASCII takes a fast path because notes are
    /// mostly ASCII and briefs fold many thousands of characters.
    static func fold(_ character: Character) -> [Character] {
        if let ascii = character.asciiValue {
            let lowered = (65...90).contains(ascii) ? ascii + 32 : ascii
            return [Character(Unicode.Scalar(lowered))]
        }
        if let punctuation = equivalentPunctuation[character] {
            return [punctuation]
        }
        if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .format }) {
            // Soft hyphens and zero-width spaces pasted into a name must not hide it.
            return []
        }
        if let special = letterWithoutDecomposition[character] {
            return Array(special)
        }
        if let fromUpper = letterWithoutDecomposition[Character(character.lowercased())] {
            return Array(fromUpper)
        }
        let decomposed = String(character).decomposedStringWithCanonicalMapping
        var kept = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where !isCombiningMark(scalar) {
            kept.append(scalar)
        }
        let stripped = String(kept).lowercased()
        // A lone combining mark folds to nothing; keep the grapheme itself so positions stay honest.
        return stripped.isEmpty ? [character] : Array(stripped)
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: true
        default: false
        }
    }

    /// Apostrophes and hyphens as typed by different keyboards and word processors ("O’Brien").
    private static let equivalentPunctuation: [Character: Character] = [
        "\u{2019}": "'", "\u{2018}": "'", "\u{02BC}": "'", "\u{00B4}": "'", "\u{2032}": "'",
        "\u{2010}": "-", "\u{2011}": "-",
    ]

    /// Letters that Unicode does not decompose into base letter + mark but that people routinely
    /// type without their stroke ("Søren" as "Soren", "Łukasz" as "Lukasz"), and letters whose case
    /// pairs are not one-to-one.
    private static let letterWithoutDecomposition: [Character: String] = [
        "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i",
        "ŀ": "l", "ŧ": "t", "ð": "d",
        // Greek final sigma: "ΓΙΩΡΓΟΣ" lowers letter by letter to a medial σ.
        "ς": "σ",
    ]

    /// Whether a folded character belongs to a word (letters, digits and marks), for word boundaries.
    /// Scripts written without spaces count as non-word so "Zoë说" still finds "Zoë".
    static func isWordCharacter(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        if isScriptWithoutWordBoundaries(scalar) { return false }
        return character.isLetter || character.isNumber || scalar.properties.generalCategory == .nonspacingMark
    }

    /// Han, Kana and Hangul (SPEC §7), and Thai, Lao, Khmer and Myanmar, which also run words together:
    /// names written in them are matched as plain substrings.
    static func isScriptWithoutWordBoundaries(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF: true  // Thai, Lao, Myanmar, Khmer
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7AF, 0xD7B0...0xD7FF: true  // Hangul
        case 0x3040...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: true  // Kana
        case 0x2E80...0x2FDF, 0x3005, 0x3007, 0x3021...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xF900...0xFAFF, 0x20000...0x3FFFF:
            true  // Han
        default: false
        }
    }
}
