import CasebookCore
import Foundation

/// How a search match is shown: reverse video on a terminal, `[`…`]` when piped (or with
/// `NO_COLOR`), so the mark survives into files and greps.
struct SnippetMarking {
    var open: String
    var close: String

    static let brackets = SnippetMarking(open: "[", close: "]")
    static let reverse = SnippetMarking(open: "\u{1B}[7m", close: "\u{1B}[27m")

    static func forStandardOutput(environment: [String: String] = ProcessInfo.processInfo.environment) -> SnippetMarking {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        return isatty(STDOUT_FILENO) == 1 && !noColor && environment["TERM"] != "dumb" ? reverse : brackets
    }

    func apply(to markedSnippet: String) -> String {
        var result = ""
        for character in markedSnippet {
            switch character {
            case SearchHit.matchStart: result += open
            case SearchHit.matchEnd: result += close
            default: result.append(character)
            }
        }
        return result
    }
}
