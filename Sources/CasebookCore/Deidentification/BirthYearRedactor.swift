/// Drops the birth year where the text gives it as one ("born in 1991", "b. 1991", "1991 birth
/// cohort"). A bare "1991" elsewhere is left alone: it is as likely a memory ("the summer of 1991").
struct BirthYearRedactor {
    let birthYear: Int
    /// How far from the year a cue word may stand, in characters: about half a dozen words.
    private let reach = 40

    func redact(_ text: String) -> String {
        let year = String(birthYear)
        guard text.contains(year) else { return text }
        var characters = Array(text)
        let target = Array(year)
        var index = 0
        while index + target.count <= characters.count {
            let end = index + target.count
            let isStandalone = (index == 0 || !characters[index - 1].isNumber)
                && (end == characters.count || !characters[end].isNumber)
            if isStandalone && characters[index..<end].elementsEqual(target) && hasCue(around: index..<end, in: characters) {
                characters.replaceSubrange(index..<end, with: "[year]")
                index += 6
            } else {
                index += 1
            }
        }
        return String(characters)
    }

    /// A cue counts only within the same clause: "born in 1991" but not "born in 1991; the 1991 floods".
    private func hasCue(around range: Range<Int>, in characters: [Character]) -> Bool {
        var before = range.lowerBound
        while before > max(0, range.lowerBound - reach) && !endsClause(at: before - 1, in: characters) {
            before -= 1
        }
        var after = range.upperBound
        while after < min(characters.count, range.upperBound + reach / 3) && !endsClause(at: after, in: characters) {
            after += 1
        }
        let preceding = String(characters[before..<range.lowerBound]).lowercased()
        let following = String(characters[range.upperBound..<after]).lowercased()
        let precedingWords = preceding.split(whereSeparator: { !$0.isLetter && $0 != "." })
        return preceding.contains("born") || preceding.contains("birth")
            || precedingWords.contains { $0 == "b." } || following.contains("born") || following.contains("birth")
    }

    private func endsClause(at index: Int, in characters: [Character]) -> Bool {
        let character = characters[index]
        if character == "." {
            // "b. 1991" abbreviates "born"; that dot does not end anything.
            let isAbbreviatedBorn = index > 0 && (characters[index - 1] == "b" || characters[index - 1] == "B")
                && (index < 2 || !characters[index - 2].isLetter)
            return !isAbbreviatedBorn
        }
        return character == ";" || character == "!" || character == "?" || character.isNewline
    }
}
