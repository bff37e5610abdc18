import CasebookCore

/// Lines of a note as lists and previews show them: inline `#tags` taken out (lists show them
/// as chips), spaces tidied. The note itself is never changed.
///
/// The Clients list and the Sessions tab run this on thousands of lines when they load, so it
/// works on Unicode scalars (line breaks, spaces, brackets and punctuation are all single
/// scalars that never join the grapheme before them in real text) and builds each line's
/// string once, instead of breaking graphemes and bridging through Foundation.
public enum NoteExcerpt {
    /// The first non-empty lines, without their inline tags.
    public static func lines(_ note: String, count: Int) -> [String] {
        var result: [String] = []
        guard count > 0 else { return result }
        var line: [Unicode.Scalar] = []
        func flush() {
            if !line.isEmpty {
                let tidy = withoutTags(line)
                if !tidy.isEmpty { result.append(tidy) }
                line.removeAll(keepingCapacity: true)
            }
        }
        for scalar in note.unicodeScalars {
            if isLineBreak(scalar) {
                flush()
                if result.count == count { return result }
            } else {
                line.append(scalar)
            }
        }
        flush()
        return Array(result.prefix(count))
    }

    /// The shortest text from which `lines(_:count:)` gives the same lines as from the whole
    /// note, given `excerpt`, the note's first characters (`isWhole` when that is all of it).
    /// Lists keep this and tidy only the lines they draw. Lines before the excerpt's last line
    /// break are whole; when they may not hold `count` lines with words (very long lines, lines
    /// of only tags) `whole` reads the note, so what is shown never depends on the cut.
    public static func part(
        _ excerpt: String, isWhole: Bool, count: Int, whole: () throws -> String?
    ) rethrows -> String {
        if isWhole { return excerpt }
        let scalars = excerpt.unicodeScalars
        if let lastBreak = scalars.lastIndex(where: isLineBreak) {
            // Cut through the UTF-8 bytes: one copy, not one append per scalar.
            let bytes = excerpt.utf8.distance(from: excerpt.utf8.startIndex, to: lastBreak)
            let complete = String(decoding: excerpt.utf8.prefix(bytes), as: UTF8.self)
            if surelyHasLines(complete, count: count) || lines(complete, count: count).count == count { return complete }
        }
        return try whole() ?? excerpt
    }

    /// Whether `text` has at least `count` lines with something that no tidying removes: a
    /// scalar outside every tag that is neither a space nor a bracket. A cheap test that can
    /// say no where `lines` would find them; then `lines` decides.
    static func surelyHasLines(_ text: String, count: Int) -> Bool {
        var found = 0
        var line: [Unicode.Scalar] = []
        func check() {
            defer { line.removeAll(keepingCapacity: true) }
            guard !line.isEmpty else { return }
            let spans = line.contains("#") ? InlineTagParser.tagSpans(in: line) : []
            var next = 0
            for (index, scalar) in line.enumerated() {
                while next < spans.count, spans[next].upperBound <= index { next += 1 }
                if next < spans.count, spans[next].contains(index) { continue }
                switch scalar {
                case " ", "\t", "(", ")", "[", "]": continue
                default:
                    if scalar.properties.generalCategory == .spaceSeparator { continue }
                    found += 1
                    return
                }
            }
        }
        for scalar in text.unicodeScalars {
            if isLineBreak(scalar) {
                check()
                if found >= count { return true }
            } else {
                line.append(scalar)
            }
        }
        check()
        return found >= count
    }

    /// The line with each inline tag (as the parser finds it, `?`/`!` included) removed, then
    /// brackets left empty by that removed (`()` in one pass, then `[]`), runs of spaces made
    /// one, no space before `. , ; : ! ?`, and spaces and tabs trimmed from both ends.
    static func withoutTags(_ line: String) -> String {
        withoutTags(Array(line.unicodeScalars))
    }

    static func withoutTags(_ line: [Unicode.Scalar]) -> String {
        // Every inline tag starts with `#`: a line without one needs no parsing.
        guard line.contains("#") else { return string(trimmed(line[...])) }
        let spans = InlineTagParser.tagSpans(in: line)
        guard !spans.isEmpty else { return string(trimmed(line[...])) }
        var kept: [Unicode.Scalar] = []
        kept.reserveCapacity(line.count)
        var next = 0
        for span in spans where span.lowerBound >= next && span.upperBound <= line.count {
            kept += line[next..<span.lowerBound]
            next = span.upperBound
        }
        kept += line[next...]
        kept = removingPairs("(", ")", from: kept)
        kept = removingPairs("[", "]", from: kept)
        var tidy: [Unicode.Scalar] = []
        tidy.reserveCapacity(kept.count)
        for scalar in kept where !(scalar == " " && tidy.last == " ") {
            tidy.append(scalar)
        }
        var text: [Unicode.Scalar] = []
        text.reserveCapacity(tidy.count)
        for (index, scalar) in tidy.enumerated() {
            if scalar == " ", index + 1 < tidy.count, isMark(tidy[index + 1]) { continue }
            text.append(scalar)
        }
        return string(trimmed(text[...]))
    }

    /// The scalars `Character.isNewline` is made of; each is a grapheme of its own (CR LF
    /// aside, which splits into an empty line that is skipped anyway).
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ";", ":", "!", "?": true
        default: false
        }
    }

    /// Every `open` immediately followed by `close` dropped, left to right, without looking again
    /// at what the dropping brings together (`(())` keeps its outer pair).
    private static func removingPairs(_ open: Unicode.Scalar, _ close: Unicode.Scalar, from scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains(open) else { return scalars }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            if scalars[index] == open, index + 1 < scalars.count, scalars[index + 1] == close {
                index += 2
                continue
            }
            result.append(scalars[index])
            index += 1
        }
        return result
    }

    /// Without leading and trailing spaces and tabs (Unicode space separators and U+0009, as
    /// Foundation's `CharacterSet.whitespaces`).
    private static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar == " " || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return [] }
        return scalars[first...last]
    }

    /// One string from scalars, encoded once.
    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { bytes.append(contentsOf: UTF8.encode(scalar)!) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
