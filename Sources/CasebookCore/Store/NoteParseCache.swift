import Foundation

/// The inline tags of process notes, parsed paragraph by paragraph, with each note's last parse
/// kept: an autosave of a 50 KB note re-parsed all of it (4 ms) where one paragraph had changed,
/// and then hashing every paragraph to find the unchanged ones was still an eighth of a save.
///
/// Parsing the paragraphs apart gives what parsing the whole note gives, because no tag reaches
/// across a blank line (SPEC §4: a blank line ends every sentence, and a sentence of tags alone
/// finds its sentence on its own side of one); paragraphs are split at exactly `\n\n`, and their
/// spans shifted back to note offsets. A paragraph's tags depend on its bytes alone, so a
/// paragraph of the new text is taken from the last parse only where the two texts share those
/// bytes (it lies in their common prefix or common suffix) and the last parse had a paragraph
/// with exactly those bytes. `NoteParseCacheTests` holds the real parser to this.
final class NoteParseCache: @unchecked Sendable {
    /// Notes whose last parse is kept (one is being edited; a few more cost little).
    static let notesKept = 8

    /// A paragraph's byte range in its note and its tags, spans counted from the paragraph's start.
    private struct Paragraph {
        var bytes: Range<Int>
        var tags: [InlineTag]
    }

    private struct Parse {
        var utf8: [UInt8]
        var paragraphs: [Paragraph]
    }

    private let lock = NSLock()
    private var parses: [Int64: Parse] = [:]
    /// Keys of `parses`, least recently used first.
    private var recency: [Int64] = []

    /// The tags of `text`, as `parse(text)` would give them. `note` names the note (its session),
    /// whose last parse is compared with `text`.
    func tags(of text: String, note: Int64, parse: (String) -> [InlineTag]) -> [InlineTag] {
        let utf8 = Array(text.utf8)
        let previous = lock.withLock { parses[note] }
        let shared = previous.map { Self.commonEnds($0.utf8, utf8) } ?? (prefix: 0, suffix: 0)
        let shift = utf8.count - (previous?.utf8.count ?? 0)

        var result: [InlineTag] = []
        var paragraphs: [Paragraph] = []
        var offset = 0
        for piece in Self.paragraphs(of: utf8) {
            var tags: [InlineTag]?
            if let previous {
                if piece.bytes.upperBound <= shared.prefix {
                    tags = Self.paragraph(previous.paragraphs, at: piece.bytes)?.tags
                } else if piece.bytes.lowerBound >= utf8.count - shared.suffix {
                    let old = (piece.bytes.lowerBound - shift)..<(piece.bytes.upperBound - shift)
                    tags = Self.paragraph(previous.paragraphs, at: old)?.tags
                }
            }
            let known = tags ?? parse(String(decoding: utf8[piece.bytes], as: UTF8.self))
            paragraphs.append(Paragraph(bytes: piece.bytes, tags: known))
            for tag in known {
                var shifted = tag
                shifted.span = (tag.span.lowerBound + offset)..<(tag.span.upperBound + offset)
                shifted.sentenceSpan = (tag.sentenceSpan.lowerBound + offset)..<(tag.sentenceSpan.upperBound + offset)
                result.append(shifted)
            }
            offset += piece.scalars + 2
        }
        lock.withLock {
            parses[note] = Parse(utf8: utf8, paragraphs: paragraphs)
            recency.removeAll { $0 == note }
            recency.append(note)
            if recency.count > Self.notesKept { parses[recency.removeFirst()] = nil }
        }
        return result
    }

    /// The paragraph of `paragraphs` (in order) with exactly the byte range `bytes`, if any.
    private static func paragraph(_ paragraphs: [Paragraph], at bytes: Range<Int>) -> Paragraph? {
        var low = 0
        var high = paragraphs.count
        while low < high {
            let middle = (low + high) / 2
            if paragraphs[middle].bytes.lowerBound < bytes.lowerBound { low = middle + 1 } else { high = middle }
        }
        guard low < paragraphs.count, paragraphs[low].bytes == bytes else { return nil }
        return paragraphs[low]
    }

    /// How many bytes `old` and `new` share at the start, and then at the end (never overlapping
    /// the shared start in either text).
    static func commonEnds(_ old: [UInt8], _ new: [UInt8]) -> (prefix: Int, suffix: Int) {
        old.withUnsafeBufferPointer { old in
            new.withUnsafeBufferPointer { new in
                let limit = min(old.count, new.count)
                var prefix = 0
                // Whole blocks by memcmp first: an autosave compares 50 KB that differ in a few bytes.
                let block = 512
                while prefix + block <= limit, memcmp(old.baseAddress! + prefix, new.baseAddress! + prefix, block) == 0 {
                    prefix += block
                }
                while prefix < limit, old[prefix] == new[prefix] { prefix += 1 }
                var suffix = 0
                let room = limit - prefix
                while suffix + block <= room,
                    memcmp(old.baseAddress! + old.count - suffix - block, new.baseAddress! + new.count - suffix - block, block) == 0
                {
                    suffix += block
                }
                while suffix < room, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
                return (prefix, suffix)
            }
        }
    }

    /// `utf8` cut at every `\n\n` (a third newline starts the next paragraph): each paragraph's
    /// byte range and its length in Unicode scalars. Cut as bytes, never as Characters: `\r\n`
    /// is one Character, and a String sliced inside one would round the cut to a Character boundary.
    static func paragraphs(of utf8: [UInt8]) -> [(bytes: Range<Int>, scalars: Int)] {
        utf8.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return [(0..<0, 0)] }
            var pieces: [(bytes: Range<Int>, scalars: Int)] = []
            var start = 0
            var searchFrom = 0
            // memchr finds each newline; the scalars between are counted in one tight loop.
            while searchFrom < bytes.count,
                let found = memchr(base + searchFrom, 0x0A, bytes.count - searchFrom)
            {
                let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                guard newline + 1 < bytes.count, bytes[newline + 1] == 0x0A else {
                    searchFrom = newline + 1
                    continue
                }
                pieces.append((start..<newline, Self.scalarCount(bytes, start..<newline)))
                start = newline + 2
                searchFrom = start
            }
            pieces.append((start..<bytes.count, Self.scalarCount(bytes, start..<bytes.count)))
            return pieces
        }
    }

    /// Every byte but a UTF-8 continuation byte starts a scalar.
    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var continuations = 0
        for index in range where bytes[index] & 0xC0 == 0x80 { continuations += 1 }
        return range.count - continuations
    }
}
