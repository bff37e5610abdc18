import Foundation
import GRDB
import XCTest
@testable import CasebookCore

/// Consecutive autosaves of a note pair its `#tags` with the observations the last save left,
/// without reading them again. Whatever else writes in between, here or in another program,
/// the next save must see it: the observations always end up matching the note's tags.
final class InlineFieldsCacheTests: XCTestCase {
    private struct Coded: Equatable {
        var slug: String
        var span: Range<Int>?
        var evidence: String
        var intensity: Int
    }

    private func coded(_ store: CaseStore, _ sessionID: Int64) throws -> [Coded] {
        try store.observations(sessionID: sessionID).filter { $0.observation.source == .inline }.map {
            Coded(slug: $0.tag.slug, span: $0.observation.span, evidence: $0.observation.evidence, intensity: $0.observation.intensity)
        }
    }

    private func expected(_ text: String) -> [Coded] {
        FakeInlineParser.parse(text).map { Coded(slug: $0.slug, span: $0.span, evidence: $0.evidence, intensity: $0.intensity) }
    }

    func testAThousandRandomAutosavesLeaveTheObservationsOfTheNoteAsWritten() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        let visit = EditingVisit()
        var rng = SplitMix64(seed: 314)
        var lines = (0..<12).map { "Line \($0) joked #humor" }
        let pieces = [" #humor", " #denial!", " #humor?", " word", " #defense/humor", "", " #unknowable"]
        for step in 0..<Fuzz.iterations(300) {
            let line = rng.int(in: 0...(lines.count - 1))
            switch rng.int(in: 0...4) {
            case 0: lines.insert("New \(step)" + rng.pick(pieces), at: line)
            case 1 where lines.count > 2: lines.remove(at: line)
            case 2: lines[line] = rng.pick(["Typed ", "", "A "]) + lines[line] + rng.pick(pieces)
            case 3: lines[line] = lines[line].replacingOccurrences(of: rng.pick(["#humor", "#denial!", " word"]), with: rng.pick(pieces))
            default: lines.swapAt(line, rng.int(in: 0...(lines.count - 1)))
            }
            let text = lines.joined(separator: "\n")
            try store.saveNote(sessionID: session.id!, layer: .process, text: text, visit: visit)
            XCTAssertEqual(try coded(store, session.id!), expected(text).filter { $0.slug != "unknowable" }, "step \(step)")
        }
        try store.close()
    }

    func testConsecutiveSavesPairTagsWithTheSameObservationsAsSavesThatReadThemAfresh() throws {
        // Two files given the same saves: one store keeps what each save left, the other forgets
        // it before every save. Each repeated code's observations (and so their comments) must
        // stay with the same tags in both.
        let folder = try TemporaryFolder()
        let kept = try makeStore(in: folder, name: "kept.sqlite")
        let fresh = try makeStore(in: folder, name: "fresh.sqlite")
        let keptSession = try kept.createSession(clientID: try makeClient(kept).id!)
        let freshSession = try fresh.createSession(clientID: try makeClient(fresh).id!)
        let visit = EditingVisit()
        var rng = SplitMix64(seed: 2718)
        var lines = (0..<8).map { "Line \($0) #humor #denial #humor" }
        for step in 0..<Fuzz.iterations(200) {
            let line = rng.int(in: 0...(lines.count - 1))
            switch rng.int(in: 0...3) {
            case 0: lines.insert(rng.pick(["New #humor", "New #denial #humor", "Plain"]), at: line)
            case 1 where lines.count > 2: lines.remove(at: line)
            case 2: lines[line] = "Typed " + lines[line]
            default: lines.swapAt(line, rng.int(in: 0...(lines.count - 1)))
            }
            let text = lines.joined(separator: "\n")
            try kept.saveNote(sessionID: keptSession.id!, layer: .process, text: text, visit: visit)
            fresh.inlineFields.forget()
            try fresh.saveNote(sessionID: freshSession.id!, layer: .process, text: text, visit: visit)
            let identities: (CaseStore, Int64) throws -> [String] = { store, session in
                try store.observations(sessionID: session).map { "\($0.observation.id!) \($0.tag.slug) \($0.observation.span!)" }
            }
            XCTAssertEqual(try identities(kept, keptSession.id!), try identities(fresh, freshSession.id!), "step \(step)")
        }
    }

    func testAnObservationDeletedByAnotherProgramBetweenSavesComesBack() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        let visit = EditingVisit()
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Joked #humor\nDid not mind #denial", visit: visit)
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Joked, twice #humor\nDid not mind #denial", visit: visit)

        let other = try DatabaseQueue(path: store.url.path)
        try other.write { try $0.execute(sql: "DELETE FROM observation WHERE source = 'inline' AND tag_id = (SELECT id FROM tag WHERE slug = 'denial')") }
        try other.close()
        let text = "Joked, three times #humor\nDid not mind #denial"
        let result = try store.saveNote(sessionID: session.id!, layer: .process, text: text, visit: visit)
        XCTAssertEqual(result.inline.added, 1, "the deleted observation is made again")
        XCTAssertEqual(try coded(store, session.id!), expected(text))
    }

    func testAWriteThroughThisStoresOwnPoolBetweenSavesIsSeen() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        let visit = EditingVisit()
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Joked #humor\nDid not mind #denial", visit: visit)
        // Moved by hand through the pool, outside every store method.
        try store.database.write { try $0.execute(sql: "UPDATE observation SET span_start = 0, span_end = 1, evidence = 'x'") }
        let text = "Joked again #humor\nDid not mind #denial"
        try store.saveNote(sessionID: session.id!, layer: .process, text: text, visit: visit)
        XCTAssertEqual(try coded(store, session.id!), expected(text))
    }

    func testAnotherSessionsSaveInBetweenDoesNotLendItsObservations() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store)
        let first = try store.createSession(clientID: client.id!)
        let second = try store.createSession(clientID: client.id!)
        let visit = EditingVisit()
        try store.saveNote(sessionID: first.id!, layer: .process, text: "Joked #humor", visit: visit)
        try store.saveNote(sessionID: second.id!, layer: .process, text: "Did not mind #denial", visit: visit)
        try store.saveNote(sessionID: first.id!, layer: .process, text: "Joked again #humor", visit: visit)
        XCTAssertEqual(try coded(store, first.id!), expected("Joked again #humor"))
        XCTAssertEqual(try coded(store, second.id!), expected("Did not mind #denial"))
    }
}
