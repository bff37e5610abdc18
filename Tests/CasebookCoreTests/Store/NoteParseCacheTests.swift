import Foundation
import XCTest
import GRDB
@testable import CasebookCore

/// Autosaves parse a note paragraph by paragraph and reuse unchanged paragraphs; the tags must
/// be exactly those of parsing the whole note, or observations would drift from the text.
final class NoteParseCacheTests: XCTestCase {
    private func assertSameAsWholeParse(_ text: String, _ cache: NoteParseCache, note: Int64 = 1, _ message: String = "") {
        let whole = InlineTagParser.parse(text)
        XCTAssertEqual(cache.tags(of: text, note: note, parse: InlineTagParser.parse), whole, message)
        XCTAssertEqual(cache.tags(of: text, note: note, parse: InlineTagParser.parse), whole, "from the cache: " + message)
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
        XCTAssertEqual(cache.tags(of: precomposed, note: 1, parse: InlineTagParser.parse).first?.span, 5..<11)
        XCTAssertEqual(cache.tags(of: decomposed, note: 1, parse: InlineTagParser.parse).first?.span, 6..<12)
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

    func testEditsAtEitherEndOfALongNoteKeepEveryOtherParagraphsTags() {
        let cache = NoteParseCache()
        let paragraphs = (0..<30).map { "Paragraph \($0): she spoke of her sister. #rivalry Then, quieter. #shame" }
        let note = paragraphs.joined(separator: "\n\n")
        var parsed: [String] = []
        let counting: (String) -> [InlineTag] = { parsed.append($0); return InlineTagParser.parse($0) }
        XCTAssertEqual(cache.tags(of: note, note: 7, parse: counting), InlineTagParser.parse(note))
        XCTAssertEqual(parsed.count, 30)

        // Typing in paragraph 12 re-parses it alone; the tags after it move by what was typed.
        parsed.removeAll()
        let typed = paragraphs.enumerated().map { $0.offset == 12 ? $0.element.replacingOccurrences(of: "her sister", with: "her older sister") : $0.element }
            .joined(separator: "\n\n")
        XCTAssertEqual(cache.tags(of: typed, note: 7, parse: counting), InlineTagParser.parse(typed))
        XCTAssertEqual(parsed, [paragraphs[12].replacingOccurrences(of: "her sister", with: "her older sister")])

        // A new paragraph at the very top, then one split in two: still the whole note's tags.
        let top = "Arrived late. #lateness\n\n" + typed
        XCTAssertEqual(cache.tags(of: top, note: 7, parse: counting), InlineTagParser.parse(top))
        let split = top.replacingOccurrences(of: "Paragraph 20: she", with: "Paragraph 20:\n\nshe")
        XCTAssertEqual(cache.tags(of: split, note: 7, parse: counting), InlineTagParser.parse(split))
    }

    func testNotesAreKeptApartAndAnotherNotesTextIsNeverTakenForThisOnes() {
        let cache = NoteParseCache()
        let first = "Early. #shame\n\nLater. #envy"
        let second = "Early. #shame\n\nLater, much later. #envy #humor"
        XCTAssertEqual(cache.tags(of: first, note: 1, parse: InlineTagParser.parse), InlineTagParser.parse(first))
        XCTAssertEqual(cache.tags(of: second, note: 2, parse: InlineTagParser.parse), InlineTagParser.parse(second))
        XCTAssertEqual(cache.tags(of: second, note: 1, parse: InlineTagParser.parse), InlineTagParser.parse(second))
        XCTAssertEqual(cache.tags(of: first, note: 2, parse: InlineTagParser.parse), InlineTagParser.parse(first))
        for note in 10..<Int64(10 + NoteParseCache.notesKept + 2) {
            XCTAssertEqual(cache.tags(of: "Note \(note). #loss", note: note, parse: InlineTagParser.parse).first?.span, 9..<14)
        }
        XCTAssertEqual(cache.tags(of: first + " #dream", note: 1, parse: InlineTagParser.parse), InlineTagParser.parse(first + " #dream"))
    }

    func testAwkwardTextParsesAsAWhole() {
        let cache = NoteParseCache()
        var rng = SplitMix64(seed: 2026)
        for iteration in 0..<Fuzz.iterations(300) {
            let text = rng.awkwardText(pieces: rng.int(in: 1...40))
            assertSameAsWholeParse(text, cache, note: Int64(iteration % 3), "iteration \(iteration): \(text.debugDescription)")
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

    func testASlugRenamedByAnotherProgramReachesTheNextSave() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store)
        let session = try store.createSession(clientID: client.id!)
        let visit = EditingVisit()
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Joked. #humor", visit: visit)
        XCTAssertEqual(try store.observations(sessionID: session.id!).map(\.tag.slug), ["humor"])

        // Not through a store at all: plain SQL on the file, as any other tool could write it.
        let other = try DatabaseQueue(path: store.url.path)
        try other.write { try $0.execute(sql: "UPDATE tag SET slug = 'wit' WHERE slug = 'humor'") }
        try other.close()
        let renamed = try store.saveNote(sessionID: session.id!, layer: .process, text: "Joked again. #humor #wit", visit: visit)
        XCTAssertEqual(renamed.unknownSlugs.map(\.tag.slug), ["humor"])
        XCTAssertEqual(try store.observations(sessionID: session.id!).map(\.tag.slug), ["wit"])
        try store.close()
    }
}
