import XCTest
@testable import TerminalKit

/// Whatever bytes arrive (line noise, a cat'ed binary, a paste that never ends), the decoder
/// keeps going, holds a bounded amount, and loses no pasted byte.
final class InputDecoderFuzzTests: XCTestCase {
    private static let pasteStart: [UInt8] = Array("\u{1b}[200~".utf8)
    private static let pasteEnd: [UInt8] = Array("\u{1b}[201~".utf8)

    private static let fragments: [[UInt8]] = [
        [0x1b], [0x1b, 0x1b, 0x1b], Array("\u{1b}[".utf8), Array("\u{1b}O".utf8), Array("\u{1b}]".utf8),
        Array("\u{1b}P".utf8), Array("[1;5A".utf8), Array("\u{1b}[<0;12;7M".utf8), Array("\u{1b}[15~".utf8),
        Array(";;;;;;".utf8), Array("0123456789".utf8), [0x07], [0x9c], [0x9b], [0xc3], [0xa9], [0xe4, 0xb8],
        [0xf0, 0x9f, 0x91], [0xff], [0x00], [0x7f], [0x0d], [0x0a], Array("\u{1b}\\".utf8), Array("hello".utf8),
        Array("\u{1b}[I".utf8), Array("\u{1b}[O".utf8), pasteStart, pasteEnd, Array("\u{1b}[20".utf8),
    ]

    private func randomStream(_ random: inout SplitMix64, pieces: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<pieces {
            if random.below(4) == 0 {
                bytes += random.randomBytes(random.below(8))
            } else {
                bytes += Self.fragments[random.below(Self.fragments.count)]
            }
        }
        return bytes
    }

    /// Adjacent text keys and adjacent paste chunks merged: how a stream is cut into reads may
    /// change where a combining mark or a paste chunk is split, never what was typed.
    private func normalized(_ events: [Event]) -> [Event] {
        var result: [Event] = []
        for event in events {
            switch (result.last, event) {
            case let (.key(last)?, .key(next)):
                if case let .character(a) = last.key, case let .character(b) = next.key, last.modifiers == next.modifiers,
                    last.modifiers.isEmpty
                {
                    result[result.count - 1] = .key(KeyEvent(.character(a + b)))
                } else {
                    result.append(event)
                }
            case let (.paste(a)?, .paste(b)):
                result[result.count - 1] = .paste(a + b)
            default:
                result.append(event)
            }
        }
        return result
    }

    private func decodeWhole(_ bytes: [UInt8]) -> [Event] {
        var decoder = InputDecoder()
        return decoder.feed(bytes) + decoder.flushTimeout()
    }

    func testSplittingAStreamAnywhereGivesTheSameKeys() {
        var random = SplitMix64(seed: 0xDEC0DE)
        for iteration in 0..<Fuzz.iterations(40) {
            let bytes = randomStream(&random, pieces: 1 + random.below(30))
            let whole = normalized(decodeWhole(bytes))
            for split in 0...bytes.count {
                var decoder = InputDecoder()
                let events = decoder.feed(Array(bytes[..<split])) + decoder.feed(Array(bytes[split...]))
                    + decoder.flushTimeout()
                XCTAssertEqual(normalized(events), whole, "iteration \(iteration), split at \(split) of \(bytes)")
                if normalized(events) != whole { return }
            }
        }
    }

    func testByteAtATimeGivesTheSameKeysAsOneRead() {
        var random = SplitMix64(seed: 0xB17E)
        for iteration in 0..<Fuzz.iterations(60) {
            let bytes = randomStream(&random, pieces: 1 + random.below(60))
            var decoder = InputDecoder()
            var events: [Event] = []
            for byte in bytes { events += decoder.feed([byte]) }
            events += decoder.flushTimeout()
            XCTAssertEqual(normalized(events), normalized(decodeWhole(bytes)), "iteration \(iteration): \(bytes)")
        }
    }

    func testEscapeStormsAndGarbageKeepTheBufferBounded() {
        var random = SplitMix64(seed: 0xE5C)
        var decoder = InputDecoder()
        for _ in 0..<Fuzz.iterations(200) {
            _ = decoder.feed(randomStream(&random, pieces: 50))
            XCTAssertLessThanOrEqual(decoder.pendingByteCount, InputDecoder.maxPasteChunk + Self.pasteEnd.count)
        }
        // A storm of bare escapes and unterminated CSI sequences never grows past one sequence.
        var storm = InputDecoder()
        _ = storm.feed(Array(repeating: 0x1b, count: 100_000))
        _ = storm.feed(Array("\u{1b}[".utf8) + Array(repeating: UInt8(ascii: "1"), count: 100_000))
        XCTAssertLessThanOrEqual(storm.pendingByteCount, InputDecoder.maxSequenceLength)
        // `x` is a final byte: it ends the overlong sequence, and what follows is typing again.
        XCTAssertEqual(storm.feed(Array("xy".utf8)) + storm.flushTimeout(), [.key(KeyEvent(.character("y")))])
        var reply = InputDecoder()
        let osc = Array("\u{1b}]11;".utf8) + Array(repeating: UInt8(ascii: "f"), count: 500) + [0x07] + Array("q".utf8)
        XCTAssertEqual(reply.feed(osc) + reply.flushTimeout(), [.key(KeyEvent(.character("q")))],
                       "a key typed right after a long terminal reply in the same read is kept")
    }

    func testEveryPastedByteArrivesAsTextWhateverItContains() {
        var random = SplitMix64(seed: 0x9A57E)
        for iteration in 0..<Fuzz.iterations(80) {
            // Anything but the end marker itself, command keys and escapes included.
            var payload = randomStream(&random, pieces: random.below(40)).filter { $0 != 0x1b }
            payload += Array(":q\n\u{7}\u{3}gg".utf8)
            var decoder = InputDecoder()
            var events: [Event] = []
            var stream = Self.pasteStart + payload + Self.pasteEnd
            while !stream.isEmpty {
                let cut = min(stream.count, 1 + random.below(16))
                events += decoder.feed(Array(stream[..<cut]))
                stream.removeFirst(cut)
            }
            events += decoder.flushTimeout()
            XCTAssertEqual(normalized(events), [.paste(InputDecoder.pasteText(payload))], "iteration \(iteration)")
        }
    }

    func testUnterminatedPasteIsHandedOverInBoundedChunksWithNothingLost() {
        var random = SplitMix64(seed: 0x1EAF)
        let payload = (0..<(3 * InputDecoder.maxPasteChunk + 12_345)).map { _ in UInt8(ascii: "a") + UInt8(random.below(26)) }
        var decoder = InputDecoder()
        var pasted = ""
        var rest = Self.pasteStart + payload
        while !rest.isEmpty {
            let cut = min(rest.count, 64 * 1024)
            for case let .paste(text) in decoder.feed(Array(rest[..<cut])) { pasted += text }
            rest.removeFirst(cut)
            XCTAssertLessThanOrEqual(decoder.pendingByteCount, InputDecoder.maxPasteChunk + Self.pasteEnd.count)
        }
        for case let .paste(text) in decoder.feed(Self.pasteEnd) + decoder.flushTimeout() { pasted += text }
        XCTAssertEqual(pasted.utf8.count, payload.count)
        XCTAssertEqual(pasted, String(decoding: payload, as: UTF8.self))
    }
}
