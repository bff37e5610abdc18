import Foundation

/// The inline tags of process notes, parsed paragraph by paragraph and remembered per paragraph:
/// an autosave of a 50 KB note re-parsed all of it (4 ms) where one paragraph had changed.
///
/// Parsing the paragraphs apart gives what parsing the whole note gives, because no tag reaches
/// across a blank line (SPEC §4: a blank line ends every sentence, and a sentence of tags alone
/// finds its sentence on its own side of one); paragraphs are split at exactly `\n\n`, and their
/// spans shifted back to note offsets. `NoteParseCacheTests` holds the real parser to this.
final class NoteParseCache: @unchecked Sendable {
    /// Paragraphs remembered at most; past it the cache starts afresh (a long note has ~50).
    static let capacity = 512

    private let lock = NSLock()
    /// Keyed by the exact bytes: Strings compare by canonical equivalence, and a paragraph with
    /// a decomposed `é` would otherwise reuse the tags (and scalar spans) of a precomposed one.
    private var paragraphs: [[UInt8]: [InlineTag]] = [:]

    /// The tags of `text`, as `parse(text)` would give them.
    func tags(of text: String, parse: (String) -> [InlineTag]) -> [InlineTag] {
        var result: [InlineTag] = []
        var offset = 0
        for (key, scalarCount) in Self.paragraphs(of: text) {
            let known = lock.withLock { paragraphs[key] }
            let tags: [InlineTag]
            if let known {
                tags = known
            } else {
                tags = parse(String(decoding: key, as: UTF8.self))
                lock.withLock {
                    if paragraphs.count >= Self.capacity { paragraphs.removeAll(keepingCapacity: true) }
                    paragraphs[key] = tags
                }
            }
            for tag in tags {
                var shifted = tag
                shifted.span = (tag.span.lowerBound + offset)..<(tag.span.upperBound + offset)
                shifted.sentenceSpan = (tag.sentenceSpan.lowerBound + offset)..<(tag.sentenceSpan.upperBound + offset)
                result.append(shifted)
            }
            offset += scalarCount + 2
        }
        return result
    }

    /// The UTF-8 of `text` cut at every `\n\n` (a third newline starts the next paragraph), each
    /// with its length in Unicode scalars. Cut as bytes, never as Characters: `\r\n` is one
    /// Character, and a String sliced inside one would round the cut to a Character boundary.
    static func paragraphs(of text: String) -> [(utf8: [UInt8], scalars: Int)] {
        var text = text
        return text.withUTF8 { bytes in
            var pieces: [(utf8: [UInt8], scalars: Int)] = []
            var start = 0
            var scalars = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A && index + 1 < bytes.count && bytes[index + 1] == 0x0A {
                    pieces.append((Array(bytes[start..<index]), scalars))
                    index += 2
                    start = index
                    scalars = 0
                    continue
                }
                // Every byte but a UTF-8 continuation byte starts a scalar.
                if byte & 0xC0 != 0x80 { scalars += 1 }
                index += 1
            }
            pieces.append((Array(bytes[start..<bytes.count]), scalars))
            return pieces
        }
    }
}
