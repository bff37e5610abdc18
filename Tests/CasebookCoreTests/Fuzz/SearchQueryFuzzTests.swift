import Foundation
import XCTest
@testable import CasebookCore

/// Whatever a clinician types into search (quotes, `*`, `NEAR`, `-`, parentheses, binary),
/// SQLite never sees it as FTS5 syntax: there are results or none, never a syntax error.
final class SearchQueryFuzzTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: CaseStore!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        store = try makeStore(in: folder)
        let client = try makeClient(store)
        let session = try store.createSession(clientID: client.id!)
        try store.saveNote(
            sessionID: session.id!, layer: .process,
            text: "Her mother's dream (the lighthouse) - \"near\" the sea; NEAR misses, AND/OR NEAR(mother dream) e\u{301}toile 中文",
            visit: EditingVisit())
    }

    override func tearDownWithError() throws {
        try store.close()
        store = nil
        folder = nil
    }

    func testRandomQueriesNeverReachSQLiteAsSyntax() {
        var random = SplitMix64(seed: 0x5EA7C4)
        for iteration in 0..<Fuzz.iterations(400) {
            let text = random.awkwardText(pieces: random.below(12))
            XCTAssertNoThrow(try store.search(SearchQuery(text)), "iteration \(iteration): \(text.debugDescription)")
            XCTAssertNoThrow(try store.search(SearchQuery(text, clientID: 1, category: .defense)), "iteration \(iteration)")
        }
    }

    func testOperatorsAreSearchedAsWords() throws {
        let hostile = [
            "\"", "\"\"", "\"mother", "mother\"", "*", "**", "mother*", "*mother", "NEAR(mother dream)", "NEAR", "-mother",
            "mother -dream", "(mother", "mother)", "()", "body:mother", "layer:process", "mother OR", "AND", "NOT dream",
            "^mother", "{body}: mother", "mother + dream", "'", "\u{0}", "\u{0}mother", "e\u{301}toile", "%", "_", "\\",
            "\"moth\u{0}er\"", "mo\u{1}ther\u{7}", "\"\u{1B72}+a1@/", "mother\"\u{301}",
        ]
        for text in hostile {
            XCTAssertNoThrow(try store.search(SearchQuery(text)), text.debugDescription)
        }
        XCTAssertEqual(try store.search(SearchQuery("NEAR(mother dream)")).count, 1, "NEAR is a word here, and so are mother and dream")
        XCTAssertEqual(try store.search(SearchQuery("mother -dream")).count, 1, "a dash does not exclude")
        XCTAssertEqual(try store.search(SearchQuery("\"the lighthouse\"")).count, 1)
        XCTAssertEqual(try store.search(SearchQuery("lighth*")).count, 1)
        XCTAssertEqual(try store.search(SearchQuery("étoile")).count, 1)
        XCTAssertEqual(try store.search(SearchQuery("\u{0}mother")).count, 1, "a NUL pasted into the search box is a space")
    }
}
