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
        for key in Self.paragraphs(of: text) {
            let paragraph = String(decoding: key, as: UTF8.self)
            let known = lock.withLock { paragraphs[key] }
            let tags: [InlineTag]
            if let known {
                tags = known
            } else {
                tags = parse(paragraph)
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
            offset += paragraph.unicodeScalars.count + 2
        }
        return result
    }

    /// The UTF-8 of `text` cut at every `\n\n` (a third newline starts the next paragraph). Cut
    /// as bytes, never as Characters: `\r\n` is one Character, and a String sliced inside one
    /// would round the cut to a Character boundary.
    static func paragraphs(of text: String) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        var current: [UInt8] = []
        var previousWasNewline = false
        for byte in text.utf8 {
            if byte == 0x0A && previousWasNewline {
                current.removeLast()
                pieces.append(current)
                current.removeAll(keepingCapacity: true)
                previousWasNewline = false
            } else {
                current.append(byte)
                previousWasNewline = byte == 0x0A
            }
        }
        pieces.append(current)
        return pieces
    }
}
