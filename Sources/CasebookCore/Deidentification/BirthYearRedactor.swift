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

    private func hasCue(around range: Range<Int>, in characters: [Character]) -> Bool {
        let window = String(characters[max(0, range.lowerBound - reach)..<min(characters.count, range.upperBound + reach)])
            .lowercased()
        return window.contains("born") || window.contains("birth") || window.contains("b. ")
            || window.contains("b.\u{00A0}")
    }
}
