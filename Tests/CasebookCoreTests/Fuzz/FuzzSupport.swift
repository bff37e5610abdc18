import CasebookCore
import Foundation

/// Seeded random input for the fuzz tests. Counts stay small so CI is quick; set
/// `CASEBOOK_FUZZ_ITERATIONS` for a long local run. Failures print the iteration to replay it.
enum Fuzz {
    static func iterations(_ ciDefault: Int) -> Int {
        ProcessInfo.processInfo.environment["CASEBOOK_FUZZ_ITERATIONS"].flatMap(Int.init).map { max($0, 1) } ?? ciDefault
    }

    /// Note-like pieces mixed with what breaks parsers: tag syntax at its edges, URLs, combining
    /// marks, RTL, CJK punctuation, NUL and other controls, FTS5 operators and quotes.
    static let awkwardPieces: [String] = [
        "She said", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u{0}", "\u{7}", "\u{1b}", ".", ". ", "!", "?", "…", "。",
        "#", "##", "#humor", "#humor?", "#Humor!", "#defense/denial", "#ccrt-wish/x", "#/", "#-", "#1", "#é", "#e\u{301}",
        "#a-", "#a_b", "C#", "&#38;", "http://x.org/#top", "www.a.b/#c", "example.com/#frag", "Dr. Weber", "2.5",
        "é", "e\u{301}", "\u{301}\u{302}\u{303}", "中文", "👩‍👩‍👧", "שלום", "مرحبا", "\u{202e}", "\u{200d}", "\u{fffd}",
        "\"", "*", "(", ")", "NEAR", "NEAR(", "-", ":", "'", "AND", "OR", "NOT", "^", "{", "}", "+", "mother", "dream",
    ]
}

extension SplitMix64 {
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

    mutating func randomBytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }

    mutating func awkwardText(pieces: Int) -> String {
        var text = ""
        for _ in 0..<pieces {
            switch below(10) {
            case 0: text += String(decoding: randomBytes(below(12)), as: UTF8.self)
            case 1: text.unicodeScalars.append(Unicode.Scalar(UInt32(below(0xD800))) ?? "x")
            default: text += Fuzz.awkwardPieces[below(Fuzz.awkwardPieces.count)]
            }
        }
        return text
    }
}
