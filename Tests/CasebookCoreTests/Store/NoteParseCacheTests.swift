import Foundation
import XCTest
@testable import CasebookCore

/// Autosaves parse a note paragraph by paragraph and reuse unchanged paragraphs; the tags must
/// be exactly those of parsing the whole note, or observations would drift from the text.
final class NoteParseCacheTests: XCTestCase {
    private func assertSameAsWholeParse(_ text: String, _ cache: NoteParseCache, _ message: String = "") {
        let whole = InlineTagParser.parse(text)
        XCTAssertEqual(cache.tags(of: text, parse: InlineTagParser.parse), whole, message)
        XCTAssertEqual(cache.tags(of: text, parse: InlineTagParser.parse), whole, "from the cache: " + message)
    }

    func testParagraphEdgesGiveTheTagsOfTheWholeNote() {
        let cache = NoteParseCache()
        for text in [
            "", "#shame", "She froze. #shame\n\n#dream\nA house by the sea.",
            "Left early.\n\n#abandonment\n\nNext week.", "First.\r\n\n#humor? Then.\n\n\n\nLate #envy!",
            "Cafe\u{301} talk #shame\n\nCafé talk #shame", "\n\n#loss at the start\n\n", "a #x\n\n\u{301}#y b. #z",
            "Dr. Weber said so #denial\n\nwww.example.org/#top and C#\n\n#defense/humor alone",
        ] {
            assertSameAsWholeParse(text, cache, text.debugDescription)
        }
    }

    func testDecomposedAndPrecomposedParagraphsKeepTheirOwnSpans() {
        let cache = NoteParseCache()
        let precomposed = "Café #shame"
        let decomposed = "Cafe\u{301} #shame"
        XCTAssertEqual(cache.tags(of: precomposed, parse: InlineTagParser.parse).first?.span, 5..<11)
        XCTAssertEqual(cache.tags(of: decomposed, parse: InlineTagParser.parse).first?.span, 6..<12)
    }

    func testDemoNotesEditedInOneParagraphParseAsAWhole() throws {
        let cache = NoteParseCache()
        let caseload = DemoCaseload.generate(sessionCounts: [40], paragraphs: 3, seed: 3)
        let note = caseload.clients[0].sessions.map(\.processNote).joined(separator: "\n\n")
        assertSameAsWholeParse(note, cache)
        var rng = SplitMix64(seed: 11)
        var edited = note
        for _ in 0..<20 {
            let scalars = Array(edited.unicodeScalars)
            let at = rng.int(in: 0...scalars.count)
            var next = String.UnicodeScalarView()
            next.append(contentsOf: scalars[..<at])
            next.append(contentsOf: rng.pick(["x", " #shame ", "\n\n", ". ", "\n", "#"]).unicodeScalars)
            next.append(contentsOf: scalars[at...])
            edited = String(next)
            assertSameAsWholeParse(edited, cache, "edit at \(at)")
        }
    }

    func testAwkwardTextParsesAsAWhole() {
        let cache = NoteParseCache()
        var rng = SplitMix64(seed: 2026)
        for iteration in 0..<Fuzz.iterations(300) {
            let text = rng.awkwardText(pieces: rng.int(in: 1...40))
            assertSameAsWholeParse(text, cache, "iteration \(iteration): \(text.debugDescription)")
        }
    }
}

/// Autosaves keep their `#slug` resolutions between saves; a codebook change in between,
/// made here or by another process, must reach the very next save.
final class SlugResolverCacheTests: XCTestCase {
    func testCodebookChangesBetweenAutosavesReachTheNextSave() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store)
        let session = try store.createSession(clientID: client.id!)
        let visit = EditingVisit()
        let first = try store.saveNote(sessionID: session.id!, layer: .process, text: "Joked. #humor #lighthearted", visit: visit)
        XCTAssertEqual(first.unknownSlugs.map(\.tag.slug), ["lighthearted"])

        // Another process adds the code: only the file knows.
        let other = try CaseStore(url: store.url, parse: { FakeInlineParser.parse($0) })
        try other.addTag(category: .theme, name: "Lighthearted", slug: "lighthearted")
        try other.close()
        let second = try store.saveNote(sessionID: session.id!, layer: .process, text: "Joked again. #humor #lighthearted", visit: visit)
        XCTAssertEqual(second.unknownSlugs, [])
        XCTAssertEqual(Set(try store.observations(sessionID: session.id!).map(\.tag.slug)), ["humor", "lighthearted"])

        // Merged here: the next save codes the survivor.
        try store.mergeTag(try tagID(store, "humor"), into: try tagID(store, "denial"))
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Joked a third time. #humor #lighthearted", visit: visit)
        XCTAssertEqual(Set(try store.observations(sessionID: session.id!).map(\.tag.slug)), ["denial", "lighthearted"])
        try store.close()
    }
}
