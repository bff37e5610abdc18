/// Catches table headers that toml++ 3.4 (inside TOMLKit) cannot reject safely: a `[` or `[[`
/// followed by anything but a key or `]` (`[[[[`, `[ @`) trips an assertion in debug builds and
/// is undefined behaviour (`__builtin_assume`) in release ones. Found by `Fuzz/run theme-file`.
///
/// It walks the text as TOML does (strings, comments, bracket depth of values) so that only
/// real header lines are judged; on any valid prefix it agrees with toml++ about where headers
/// are, and toml++ stops at its first error, so nothing after a mismatch reaches the header parser.
enum TableHeaderScreen {
    /// The first bad header: its 1-based line and column, and what is wrong. Nil when all are fine.
    static func firstProblem(in text: String) -> (line: Int, column: Int, message: String)? {
        let s = Array(text.unicodeScalars)
        var i = s.first == "\u{FEFF}" ? 1 : 0  // toml++ skips a byte-order mark, and so must we
        var line = 1
        var lineStart = i
        // Open arrays and inline tables of the value being read, and what must come next.
        var open: [Unicode.Scalar] = []
        var expecting = Expectation.anything
        var atLineStart = true
        while i < s.count {
            let c = s[i]
            if c == "\n" {
                line += 1
                i += 1
                lineStart = i
                atLineStart = true
                continue
            }
            if c == " " || c == "\t" || c == "\r" { i += 1; continue }
            if atLineStart && open.isEmpty && c == "[" {
                var j = i + 1
                var spaced = false
                while j < s.count && (s[j] == " " || s[j] == "\t") { j += 1; spaced = true }
                if j < s.count && s[j] == "[" && !spaced {
                    j += 1
                    while j < s.count && (s[j] == " " || s[j] == "\t") { j += 1 }
                }
                if j < s.count && !(isBareKey(s[j]) || s[j] == "\"" || s[j] == "'" || s[j] == "]") {
                    return (line, j - lineStart + 1, "a table header must be [name] or [[name]]")
                }
                // The rest of a header line is its key, its `]` and at most a comment.
                while i < s.count && s[i] != "\n" { i += 1 }
                continue
            }
            atLineStart = false
            if c == "#" {
                while i < s.count && s[i] != "\n" { i += 1 }
                continue
            }
            // Two more places toml++ asserts instead of reporting: a `}` where an array expects a
            // value (`[}`, `[1, }`), and anything but a key or `}` where an inline table expects a key.
            switch expecting {
            case .value where c == "}":
                return (line, i - lineStart + 1, "a \"}\" where the array expects a value or \"]\"")
            case .key where !(isBareKey(c) || c == "\"" || c == "'" || c == "}"):
                return (line, i - lineStart + 1, "an inline table expects a key or \"}\" here")
            default: break
            }
            expecting = .anything
            switch c {
            case "\"", "'":
                let triple = i + 2 < s.count && s[i + 1] == c && s[i + 2] == c
                i = triple ? skipMultiline(s, from: i + 3, quote: c, line: &line, lineStart: &lineStart)
                    : skipString(s, from: i + 1, quote: c)
                continue
            case "[":
                open.append(c)
                expecting = .value
            case "{":
                open.append(c)
                expecting = .key
            case ",":
                expecting = open.last == "[" ? .value : open.last == "{" ? .key : .anything
            case "]", "}":
                _ = open.popLast()
            default: break
            }
            i += 1
        }
        return nil
    }

    private enum Expectation { case anything, value, key }

    private static func isBareKey(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "-" || c == "_"
    }

    /// Past the closing quote of a one-line string, or at the line break that ends it unclosed.
    private static func skipString(_ s: [Unicode.Scalar], from start: Int, quote: Unicode.Scalar) -> Int {
        var i = start
        while i < s.count && s[i] != "\n" {
            if quote == "\"" && s[i] == "\\" { i += 2; continue }
            if s[i] == quote { return i + 1 }
            i += 1
        }
        return min(i, s.count)
    }

    /// Past the closing triple quote of a multi-line string, counting the lines it spans.
    private static func skipMultiline(_ s: [Unicode.Scalar], from start: Int, quote: Unicode.Scalar,
                                      line: inout Int, lineStart: inout Int) -> Int {
        var i = start
        while i < s.count {
            if s[i] == "\n" { line += 1; lineStart = i + 1 }
            if quote == "\"" && s[i] == "\\" { i += 2; continue }
            if s[i] == quote && i + 2 < s.count && s[i + 1] == quote && s[i + 2] == quote {
                // Up to two more quotes may belong to the string's content (`""""` ends with one).
                var end = i + 3
                while end < s.count && end < i + 5 && s[end] == quote { end += 1 }
                return end
            }
            i += 1
        }
        return s.count
    }
}
