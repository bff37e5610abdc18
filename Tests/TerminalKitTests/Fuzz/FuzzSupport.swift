import Foundation

/// Seeded random input for the fuzz tests. Counts stay small so CI is quick; set
/// `CASEBOOK_FUZZ_ITERATIONS` for a long local run. A failure prints its seed to replay it.
enum Fuzz {
    static func iterations(_ ciDefault: Int) -> Int {
        ProcessInfo.processInfo.environment["CASEBOOK_FUZZ_ITERATIONS"].flatMap(Int.init).map { max($0, 1) } ?? ciDefault
    }

    /// Pieces chosen to hit the corners of Unicode handling: combining marks, ZWJ emoji, CJK,
    /// right-to-left text and its controls, NUL and other controls, lone surrogates' replacement.
    static let awkwardPieces: [String] = [
        "a", "Z", " ", "\n", "\r\n", "\t", "\u{0}", "\u{7}", "\u{1b}", "\u{7f}", "\u{85}", "é", "e\u{301}",
        "\u{301}\u{302}\u{303}\u{304}", "中", "文字", "👩‍👩‍👧", "🇩🇪", "👍🏽", "\u{200d}", "\u{fe0f}", "\u{200b}",
        "שלום", "مرحبا", "\u{202e}", "\u{2067}", "\u{fffd}", "ｗｉｄｅ", "\u{1100}\u{1161}", "#", "##", "?", "!",
        "...", "#humor", "#defense/denial!", "#/", "#-", "\"", "*", "(", ")", "NEAR", "-", ":", "'", "\\",
    ]
}

extension SplitMix64 {
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

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

    mutating func randomBytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }
}
