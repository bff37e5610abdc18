import Foundation

/// The `client.aliases` column, a JSON array of strings as GRDB's encoder writes it. The Clients
/// list reads a thousand of them at start; a `JSONDecoder` each cost more than the rest of the
/// row. Arrays of plain strings (no backslash, no control character, no space between items:
/// what the store writes for every alias that needs no escape) are split directly; anything
/// else goes to `JSONDecoder`, so every value reads exactly as before.
enum AliasesText {
    static func decode(_ text: String) throws -> [String] {
        if let plain = plain(text) { return plain }
        return try JSONDecoder().decode([String].self, from: Data(text.utf8))
    }

    /// The strings of `["a","b"]` when nothing in it needs a JSON parser, else nil.
    static func plain(_ text: String) -> [String]? {
        let bytes = Array(text.utf8)
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), backslash = UInt8(ascii: "\\")
        guard bytes.count >= 2, bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]") else { return nil }
        if bytes.count == 2 { return [] }
        var result: [String] = []
        var i = 1
        let end = bytes.count - 1
        while true {
            guard i < end, bytes[i] == quote else { return nil }
            let start = i + 1
            var j = start
            while j < end, bytes[j] != quote {
                if bytes[j] == backslash || bytes[j] < 0x20 { return nil }
                j += 1
            }
            guard j < end else { return nil }
            // Whole UTF-8 sequences: the quotes around them are ASCII, never inside a sequence.
            result.append(String(decoding: bytes[start..<j], as: UTF8.self))
            i = j + 1
            if i == end { return result }
            guard bytes[i] == comma else { return nil }
            i += 1
        }
    }
}
