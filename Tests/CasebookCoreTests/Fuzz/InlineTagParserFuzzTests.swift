import Foundation
import XCTest
@testable import CasebookCore

/// The parser runs on every autosave of every note, so whatever was typed or pasted it must
/// return tags whose spans point at what is written, with sane intensities and clean evidence.
/// Inputs are sized so that a quadratic slip would make this suite visibly slow.
final class InlineTagParserFuzzTests: XCTestCase {
    private func assertWellFormed(_ text: String, _ message: @autoclosure () -> String, file: StaticString = #filePath, line: UInt = #line) -> [InlineTag] {
        let tags = InlineTagParser.parse(text)
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        // Tags of one sentence share its evidence; check it once, not once per tag (hashing a
        // long evidence string per tag would make this test, not the parser, quadratic).
        var checkedSentences: Set<Range<Int>> = []
        let tokenTexts = tags.map { Array(scalars[$0.span]) }
        for tag in tags {
            guard tag.span.lowerBound >= previousEnd, tag.span.upperBound <= scalars.count, !tag.span.isEmpty else {
                XCTFail("span \(tag.span) out of order or bounds (\(scalars.count) scalars); \(message())", file: file, line: line)
                return tags
            }
            previousEnd = tag.span.upperBound
            XCTAssertTrue(tag.sentenceSpan.lowerBound >= 0 && tag.sentenceSpan.upperBound <= scalars.count, message(), file: file, line: line)
            XCTAssertTrue((1...3).contains(tag.intensity), message(), file: file, line: line)
            var written = String(String.UnicodeScalarView(scalars[tag.span]))
            XCTAssertEqual(written.unicodeScalars.first, "#", message(), file: file, line: line)
            written.unicodeScalars.removeFirst()
            switch tag.intensity {
            case 1: XCTAssertEqual(written.unicodeScalars.popLast(), "?", message(), file: file, line: line)
            case 3: XCTAssertEqual(written.unicodeScalars.popLast(), "!", message(), file: file, line: line)
            default: XCTAssertFalse(written.hasSuffix("?") || written.hasSuffix("!"), message(), file: file, line: line)
            }
            let parts = written.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            XCTAssertEqual(parts.count, tag.category == nil ? 1 : 2, "category \(String(describing: tag.category)) in \(written.debugDescription); \(message())", file: file, line: line)
            let slugWritten = String(parts.last ?? "")
            XCTAssertFalse(tag.slug.isEmpty, message(), file: file, line: line)
            if slugWritten.unicodeScalars.count <= 256 {
                XCTAssertEqual(slugWritten.compare(tag.slug, options: [.caseInsensitive]), .orderedSame,
                               "slug \(tag.slug.debugDescription) vs written \(slugWritten.debugDescription); \(message())", file: file, line: line)
            }
            guard checkedSentences.insert(tag.sentenceSpan).inserted else { continue }
            if scalars.count > 20_000 {
                XCTAssertEqual(InlineTagParser.parse(tag.evidence), [], "evidence still holds a tag; \(message())", file: file, line: line)
                continue
            }
            // The tokens are taken out. Text that only looks like a tag because the sentence cut
            // it from its context (`x.org/#top` split at `。`) may stay: it was never a tag.
            let evidence = Array(tag.evidence.unicodeScalars)
            for token in Set(tokenTexts.map { $0.map(\.value) }) {
                let written = token.compactMap(Unicode.Scalar.init)
                let tagged = tokenTexts.filter { $0 == written }.count
                guard Self.occurrences(of: written, in: scalars) == tagged else { continue }
                XCTAssertEqual(Self.occurrences(of: written, in: evidence), 0,
                               "evidence \(tag.evidence.debugDescription) still holds \(String(String.UnicodeScalarView(written))); \(message())",
                               file: file, line: line)
            }
        }
        return tags
    }

    private static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int {
        guard !needle.isEmpty, haystack.count >= needle.count else { return 0 }
        var count = 0
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { count += 1 }
        }
        return count
    }

    func testRandomNotesGiveTagsThatPointAtWhatWasWritten() {
        var random = SplitMix64(seed: 0x7A65)
        for iteration in 0..<Fuzz.iterations(600) {
            let text = random.awkwardText(pieces: random.below(80))
            _ = assertWellFormed(text, "iteration \(iteration): \(text.debugDescription)")
        }
    }

    func testInvalidUTF8DecodedAsReplacementCharactersIsHandled() {
        var random = SplitMix64(seed: 0xBAD8)
        for iteration in 0..<Fuzz.iterations(300) {
            var bytes = random.randomBytes(random.below(300))
            for _ in 0..<random.below(10) { bytes.insert(UInt8(ascii: "#"), at: random.below(bytes.count + 1)) }
            let text = String(decoding: bytes, as: UTF8.self)
            _ = assertWellFormed(text, "iteration \(iteration): \(bytes)")
        }
    }

    func testTenThousandTagsInOneNoteAreAllFound() {
        var note = ""
        for index in 0..<10_000 {
            note += "Sentence \(index) about the mother #theme-\(index % 50)\(["", "?", "!"][index % 3]). "
        }
        let tags = assertWellFormed(note, "ten thousand tags")
        XCTAssertEqual(tags.count, 10_000)
        XCTAssertEqual(tags.filter { $0.intensity == 1 }.count, 3_333)
        XCTAssertEqual(tags.last?.evidence, "Sentence 9999 about the mother.")
    }

    func testMegabyteLineAndStormsParseWithoutCrashing() {
        let megabyteLine = String(repeating: "word ", count: 200_000) + "#envy"
        XCTAssertEqual(assertWellFormed(megabyteLine, "1 MB line").map(\.slug), ["envy"])

        let hashStorm = String(repeating: "#", count: 500_000)
        XCTAssertEqual(assertWellFormed(hashStorm, "# storm"), [], "## is never a tag")

        let spacedHashes = String(repeating: "# ", count: 250_000)
        XCTAssertEqual(assertWellFormed(spacedHashes, "spaced # storm"), [])

        let markStorm = "#a" + String(repeating: "\u{301}", count: 200_000) + " rest."
        XCTAssertEqual(assertWellFormed(markStorm, "combining storm in a slug").count, 1)

        let rtl = String(repeating: "\u{202e}שלום #גבול \u{202c}", count: 20_000)
        XCTAssertEqual(assertWellFormed(rtl, "RTL").count, 20_000)

        let nul = String(repeating: "a\u{0}#b\u{0}", count: 50_000)
        _ = assertWellFormed(nul, "NUL bytes")

        let adjacent = String(repeating: "#a", count: 100_000)
        XCTAssertEqual(assertWellFormed(adjacent, "adjacent tags").count, 100_000)

        let noSentenceEnd = String(repeating: "and then #x ", count: 50_000)
        let long = assertWellFormed(noSentenceEnd, "one endless sentence")
        XCTAssertEqual(long.count, 50_000)
    }
}
