import CasebookCore

/// Lines of a note as lists and previews show them: inline `#tags` taken out (lists show them
/// as chips), spaces tidied. The note itself is never changed.
///
/// The Clients list and the Sessions tab run this on thousands of lines when they load, so it
/// works on characters in one pass each instead of bridging every line through Foundation.
public enum NoteExcerpt {
    /// The first non-empty lines, without their inline tags.
    public static func lines(_ note: String, count: Int) -> [String] {
        var result: [String] = []
        guard count > 0 else { return result }
        for raw in note.split(whereSeparator: \.isNewline) {
            let line = withoutTags(String(raw))
            if !line.isEmpty { result.append(line) }
            if result.count == count { break }
        }
        return result
    }

    /// The line with each inline tag (as the parser finds it, `?`/`!` included) removed, then
    /// brackets left empty by that removed (`()` in one pass, then `[]`), runs of spaces made
    /// one, no space before `. , ; : ! ?`, and spaces and tabs trimmed from both ends.
    static func withoutTags(_ line: String) -> String {
        // Every inline tag starts with `#`: a line without one needs no parsing.
        guard line.utf8.contains(UInt8(ascii: "#")) else { return trimmed(Substring(line)) }
        let tags = InlineTagParser.parse(line)
        guard !tags.isEmpty else { return trimmed(Substring(line)) }
        var scalars = Array(line.unicodeScalars)
        for tag in tags.sorted(by: { $0.span.lowerBound > $1.span.lowerBound }) where tag.span.upperBound <= scalars.count {
            scalars.removeSubrange(tag.span)
        }
        var characters = Array(String(String.UnicodeScalarView(scalars)))
        characters = removingPairs("(", ")", from: characters)
        characters = removingPairs("[", "]", from: characters)
        var tidy: [Character] = []
        tidy.reserveCapacity(characters.count)
        for character in characters where !(character == " " && tidy.last == " ") {
            tidy.append(character)
        }
        var text = ""
        text.reserveCapacity(tidy.count)
        for (index, character) in tidy.enumerated() {
            if character == " ", index + 1 < tidy.count, marks.contains(tidy[index + 1]) { continue }
            text.append(character)
        }
        return trimmed(Substring(text))
    }

    private static let marks: Set<Character> = [".", ",", ";", ":", "!", "?"]

    /// Every `open` immediately followed by `close` dropped, left to right, without looking again
    /// at what the dropping brings together (`(())` keeps its outer pair).
    private static func removingPairs(_ open: Character, _ close: Character, from characters: [Character]) -> [Character] {
        guard characters.contains(open) else { return characters }
        var result: [Character] = []
        result.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            if characters[index] == open, index + 1 < characters.count, characters[index + 1] == close {
                index += 2
                continue
            }
            result.append(characters[index])
            index += 1
        }
        return result
    }

    /// Without leading and trailing spaces and tabs (Unicode space separators and U+0009, as
    /// Foundation's `CharacterSet.whitespaces`).
    private static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
