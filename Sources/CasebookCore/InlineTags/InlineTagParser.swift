import Foundation

/// Finds `#slug` tags in a process note (SPEC §4).
///
/// The rules, chosen for what a clinician actually types:
/// - A tag is `#`, an optional `category/`, then a slug: a letter (any script), then letters,
///   combining marks, digits, `-` or `_`. Trailing `-`/`_` are not part of the slug (`#envy--then`).
///   The slug is lowercased and put in NFC, so `#Zoë` typed with a combining diaeresis still
///   matches the codebook; the span always points at the text as written.
/// - A `?` right after the slug makes intensity 1, a `!` makes 3, otherwise 2. That mark belongs
///   to the tag and never ends the sentence.
/// - Not tags: a `#` right after a letter, digit, mark, `_`, `&` or another `#` (`C#`, `F#`,
///   `&#38;`, `##`), a `#` inside a URL (a whitespace-delimited word containing `://`, starting
///   with `www.`, or a `/#` after a dot as in `example.com/#top`), a `#` not followed by a letter
///   (`#1`, a lone `#`).
/// - Adjacent tags are separate tags: `#shame#envy` is two tags, as is `#shame? #envy!`.
/// - `#category/slug` records the category (lowercased, `-` read as `_` so `#ccrt-wish/…` works).
///   An unknown word before the slash is still kept as the written category so the store can show
///   it as unknown rather than silently dropping what was typed.
/// - Sentences end at `.`, `!`, `?`, `…` followed by whitespace, a tag or the end of the text
///   (so `2.5` and `x.org` do not split, nor `Dr. Weber` and the like), at CJK `。！？` always,
///   at a blank line, and at a single line break unless the next line starts with a lowercase
///   letter (prose hard-wrapped by an editor continues; list items and new sentences do not).
/// - A sentence that holds nothing but tags (`…waits for her. #abandonment`, or a tag alone on the
///   next line) is tagging the sentence before it; if a blank line or the start of the note comes
///   first, the sentence after it (a `#dream` heading a paragraph); failing both, it stands alone
///   with empty evidence.
/// - Evidence is the sentence with the tag tokens removed, whitespace runs collapsed to a space,
///   no space left before closing punctuation and no emptied `()`/`[]`.
///
/// Runs in time linear in the text: each scalar is visited a bounded number of times, and
/// each sentence's evidence is built once and shared by all its tags.
public enum InlineTagParser {
    /// Every inline tag in `text`, in order.
    public static func parse(_ text: String) -> [InlineTag] {
        let scalars = Array(text.unicodeScalars)
        let tokens = findTokens(in: scalars)
        if tokens.isEmpty { return [] }
        let segments = splitSentences(scalars, tokens: tokens)
        return assign(tokens: tokens, segments: segments, scalars: scalars)
    }

    struct Token {
        var category: String?
        var slug: String
        var intensity: Int
        var span: Range<Int>
    }

    struct Segment {
        /// Trimmed of surrounding whitespace.
        var span: Range<Int>
        var hasWords: Bool
        var tokens: Range<Int>
        var blankLineBefore: Bool
    }

    static func findTokens(in s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var wordStart = 0
        var wordHasScheme = false
        var wordHasDot = false
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if isWhitespace(c) {
                wordStart = i + 1
                wordHasScheme = false
                wordHasDot = false
                i += 1
                continue
            }
            if c == "." { wordHasDot = true }
            if c == ":" && i + 2 < n && s[i + 1] == "/" && s[i + 2] == "/" {
                wordHasScheme = true
            }
            guard c == "#" else { i += 1; continue }
            let afterPrevious = tokens.last?.span.upperBound == i
            if i > 0 && !afterPrevious && blocksTag(s[i - 1]) { i += 1; continue }
            let pathFragment = wordHasDot && i > 0 && s[i - 1] == "/"
            if wordHasScheme || pathFragment || startsWithWWW(s, wordStart) { i += 1; continue }
            if let token = readToken(s, at: i) {
                tokens.append(token)
                i = token.span.upperBound
            } else {
                i += 1
            }
        }
        return tokens
    }

    static func readToken(_ s: [Unicode.Scalar], at hash: Int) -> Token? {
        guard let first = readSlug(s, from: hash + 1) else { return nil }
        var category: String?
        var slugRange = first
        if first.upperBound < s.count, s[first.upperBound] == "/",
           let second = readSlug(s, from: first.upperBound + 1) {
            category = normalizedCategory(lowered(s[first]))
            slugRange = second
        }
        var end = slugRange.upperBound
        var intensity = 2
        if end < s.count {
            if s[end] == "?" { intensity = 1; end += 1 } else if s[end] == "!" { intensity = 3; end += 1 }
        }
        let slug = normalizedSlug(s[slugRange])
        return Token(category: category, slug: slug, intensity: intensity, span: hash..<end)
    }

    /// The slug starting at `start`, without trailing `-`/`_`, or nil if none starts there.
    static func readSlug(_ s: [Unicode.Scalar], from start: Int) -> Range<Int>? {
        guard start < s.count, isLetter(s[start]) else { return nil }
        var end = start + 1
        var lastSolid = end
        while end < s.count, isSlugScalar(s[end]) {
            end += 1
            if s[end - 1] != "-" && s[end - 1] != "_" { lastSolid = end }
        }
        return start..<lastSolid
    }

    /// Lowercased, and in NFC so a decomposed `é` matches the codebook. Normalisation is skipped
    /// for absurdly long slugs (a pasted storm of combining marks), where the platform's canonical
    /// reordering would turn quadratic; no real code is that long, and the text is kept as typed.
    static func normalizedSlug(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if scalars.allSatisfy(\.isASCII) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(scalars.count)
            for c in scalars {
                let byte = UInt8(c.value)
                bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let lower = lowered(scalars)
        return scalars.count <= maximumNormalizedSlugLength ? lower.precomposedStringWithCanonicalMapping : lower
    }

    static let maximumNormalizedSlugLength = 256

    static func normalizedCategory(_ written: String) -> String {
        let underscored = written.replacingOccurrences(of: "-", with: "_")
        return TagCategory(rawValue: underscored) != nil ? underscored : written
    }

    static func splitSentences(_ s: [Unicode.Scalar], tokens: [Token]) -> [Segment] {
        var segments: [Segment] = []
        let n = s.count
        var start: Int?
        var lastSolid = 0
        var hasWords = false
        var firstToken = 0
        var nextToken = 0
        var blankLinePending = false

        func close(at end: Int) {
            if let begin = start {
                segments.append(Segment(span: begin..<end, hasWords: hasWords, tokens: firstToken..<nextToken,
                                        blankLineBefore: blankLinePending))
                blankLinePending = false
            }
            start = nil
            hasWords = false
            firstToken = nextToken
        }

        var i = 0
        while i < n {
            if nextToken < tokens.count && tokens[nextToken].span.lowerBound == i {
                if start == nil { start = i }
                i = tokens[nextToken].span.upperBound
                lastSolid = i
                nextToken += 1
                continue
            }
            let c = s[i]
            if c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" {
                // Look past this line break's horizontal whitespace: a second break is a blank line.
                var j = i + 1
                if c == "\r" && j < n && s[j] == "\n" { j += 1 }
                while j < n && isHorizontalSpace(s[j]) { j += 1 }
                let blank = c == "\u{2029}" || (j < n && isLineBreak(s[j]))
                let continues = !blank && j < n && isLowercaseLetter(s[j]) && start != nil && hasWords
                if !continues {
                    close(at: lastSolid)
                    if blank { blankLinePending = true }
                }
                i = j
                continue
            }
            if isHardTerminator(c) {
                if start == nil { start = i }
                var j = i + 1
                while j < n && isCloser(s[j]) && !startsToken(tokens, nextToken, j) { j += 1 }
                lastSolid = j
                close(at: j)
                i = j
                continue
            }
            if isSoftTerminator(c) {
                var j = i + 1
                while j < n && (isSoftTerminator(s[j]) || isCloser(s[j])) && !startsToken(tokens, nextToken, j) { j += 1 }
                let followedByBreak = j == n || isWhitespace(s[j]) || s[j] == "#"
                if start == nil { start = i }
                lastSolid = j
                if followedByBreak && !(j == i + 1 && c == "." && isAbbreviation(s, dot: i)) {
                    close(at: j)
                }
                i = j
                continue
            }
            if isWhitespace(c) { i += 1; continue }
            if start == nil { start = i }
            if isWordScalar(c) { hasWords = true }
            lastSolid = i + 1
            i += 1
        }
        close(at: lastSolid)
        return segments
    }

    static func assign(tokens: [Token], segments: [Segment], scalars: [Unicode.Scalar]) -> [InlineTag] {
        // For each segment, the worded segment its tags belong to.
        var owner = Array(repeating: -1, count: segments.count)
        var previousWorded = -1
        for (k, segment) in segments.enumerated() {
            if segment.blankLineBefore { previousWorded = -1 }
            if segment.hasWords { owner[k] = k; previousWorded = k } else { owner[k] = previousWorded }
        }
        var nextWorded = -1
        for k in segments.indices.reversed() {
            if segments[k].hasWords { nextWorded = k }
            if owner[k] == -1 { owner[k] = nextWorded >= 0 ? nextWorded : k }
            if segments[k].blankLineBefore { nextWorded = -1 }
        }
        var evidenceCache: [Int: String] = [:]
        var result: [InlineTag] = []
        result.reserveCapacity(tokens.count)
        for (k, segment) in segments.enumerated() where !segment.tokens.isEmpty {
            let home = owner[k]
            let evidence: String
            if let cached = evidenceCache[home] {
                evidence = cached
            } else {
                evidence = segments[home].hasWords ? makeEvidence(scalars, segment: segments[home], tokens: tokens) : ""
                evidenceCache[home] = evidence
            }
            for t in segment.tokens {
                let token = tokens[t]
                result.append(InlineTag(category: token.category, slug: token.slug, intensity: token.intensity,
                                        span: token.span, sentenceSpan: segments[home].span, evidence: evidence))
            }
        }
        return result
    }

    static func makeEvidence(_ s: [Unicode.Scalar], segment: Segment, tokens: [Token]) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var t = segment.tokens.lowerBound
        var i = segment.span.lowerBound
        while i < segment.span.upperBound {
            if t < segment.tokens.upperBound && tokens[t].span.lowerBound == i {
                i = tokens[t].span.upperBound
                t += 1
                pendingSpace = pendingSpace || (i < s.count && isWhitespace(s[i]))
                continue
            }
            let c = s[i]
            i += 1
            if isWhitespace(c) { pendingSpace = true; continue }
            if (c == ")" || c == "]"), let last = out.last, last == (c == ")" ? "(" : "[") {
                out.removeLast()
                if out.last == " " { out.removeLast(); pendingSpace = true }
                continue
            }
            if pendingSpace && !out.isEmpty && !isClosingPunctuation(c) { out.append(" ") }
            pendingSpace = false
            out.append(c)
        }
        return String(out)
    }

    static func startsToken(_ tokens: [Token], _ next: Int, _ position: Int) -> Bool {
        next < tokens.count && tokens[next].span.lowerBound == position
    }

    static func lowered(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view).lowercased()
    }

    static func startsWithWWW(_ s: [Unicode.Scalar], _ wordStart: Int) -> Bool {
        var k = wordStart
        if k < s.count && (s[k] == "(" || s[k] == "<" || s[k] == "[") { k += 1 }
        guard k + 4 <= s.count else { return false }
        return (s[k] == "w" || s[k] == "W") && (s[k + 1] == "w" || s[k + 1] == "W")
            && (s[k + 2] == "w" || s[k + 2] == "W") && s[k + 3] == "."
    }

    static let abbreviations: Set<String> = ["dr", "mr", "mrs", "ms", "prof", "st", "vs", "cf", "e.g", "i.e", "ca", "approx"]

    /// Whether the `.` at `dot` ends a short abbreviation such as `Dr.` or `e.g.` rather than a sentence.
    static func isAbbreviation(_ s: [Unicode.Scalar], dot: Int) -> Bool {
        var k = dot
        while k > 0 && dot - k < 6 && (isLetter(s[k - 1]) || s[k - 1] == ".") { k -= 1 }
        if k > 0 && isLetter(s[k - 1]) { return false }
        guard k < dot else { return false }
        return abbreviations.contains(lowered(s[k..<dot]))
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
        return switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }

    static func isMark(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x300 { return false }
        return switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c >= "0" && c <= "9" }
        return c.properties.generalCategory == .decimalNumber
    }

    static func isLowercaseLetter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c >= "a" && c <= "z" }
        return c.properties.generalCategory == .lowercaseLetter
    }

    static func isSlugScalar(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "_" || isLetter(c) || isMark(c) || isDigit(c)
    }

    /// Emoji and punctuation do not count: `She cried. 😢 #grief` still tags "She cried."
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool { isLetter(c) || isDigit(c) }

    /// A `#` right after one of these is part of a word or entity (`C#`, `&#38;`, `##`), not a tag.
    static func blocksTag(_ c: Unicode.Scalar) -> Bool {
        c == "#" || c == "&" || c == "_" || isLetter(c) || isMark(c) || isDigit(c)
    }

    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c == " " || (c.value >= 9 && c.value <= 13) }
        return c.properties.isWhitespace
    }

    static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}"
    }

    static func isHorizontalSpace(_ c: Unicode.Scalar) -> Bool { isWhitespace(c) && !isLineBreak(c) }

    static func isSoftTerminator(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" || c == "…" }

    static func isHardTerminator(_ c: Unicode.Scalar) -> Bool {
        c == "。" || c == "！" || c == "？" || c == "｡"
    }

    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "”", "’", ")", "]", "»", "›", "」", "』", "）": true
        default: false
        }
    }

    static func isClosingPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", ",", ";", ":", "!", "?", "…", ")", "]", "。", "，", "！", "？", "、": true
        default: false
        }
    }
}
