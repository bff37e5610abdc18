import Foundation
import XCTest
@testable import CasebookCore

final class StoreSearchTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var store: CaseStore!
    private var anna: Client!
    private var ben: Client!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        store = try makeStore(in: folder)
        anna = try makeClient(store)
        ben = try makeClient(store, code: "BK-002", name: "Ben Krause")
        let day: TimeInterval = 86_400
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        let a1 = try store.createSession(clientID: anna.id!, startedAt: start)
        let a2 = try store.createSession(clientID: anna.id!, startedAt: start + 7 * day)
        let b1 = try store.createSession(clientID: ben.id!, startedAt: start + 3 * day)
        try store.saveNote(
            sessionID: a1.id!, layer: .process,
            text: "Long silence at the start. She mentioned Zoë from school, then the holidays and the weather and her train.",
            visit: EditingVisit())
        try store.saveNote(
            sessionID: a2.id!, layer: .process, text: "Lighthouse dream again; the lighthouse keeper was her father. #denial",
            visit: EditingVisit())
        try store.saveNote(sessionID: a2.id!, layer: .record, text: "Attended. Discussed the lighthouse dream.", visit: EditingVisit())
        try store.saveNote(sessionID: b1.id!, layer: .process, text: "Talked about lighting the stove.", visit: EditingVisit())
        let humor = try tagID(store, "humor")
        try store.addObservation(
            sessionID: b1.id!, tagID: humor, evidence: "Laughed about the burnt lighthouse cake", comment: "Zoe mentioned too")
    }

    override func tearDownWithError() throws {
        try store.close()
        store = nil
        folder = nil
    }

    func testSearchIgnoresDiacriticsBothWays() throws {
        let hits = try store.search(SearchQuery("Zoe"))
        XCTAssertEqual(Set(hits.map(\.layer)), [.process, .comment])
        let accented = try store.search(SearchQuery("zoë"))
        XCTAssertEqual(accented.count, hits.count)
    }

    func testSnippetMarksTheMatchAndHighlightsPointAtIt() throws {
        let hit = try XCTUnwrap(try store.search(SearchQuery("zoe", clientID: anna.id)).first)
        XCTAssertTrue(hit.markedSnippet.contains("\u{1}Zoë\u{2}"), hit.markedSnippet)
        let plain = Array(hit.snippet)
        let range = try XCTUnwrap(hit.highlights.first)
        XCTAssertEqual(String(plain[range]), "Zoë")
        XCTAssertEqual(hit.clientCode, "AM-014")
        XCTAssertEqual(hit.sessionNumber, 1)
    }

    func testNoteDwellingOnTheWordRanksAboveOneMentioningItOnce() throws {
        let client = try makeClient(store, code: "CL-003", name: "Clara Lenz")
        let passing = try store.createSession(clientID: client.id!)
        let dwelling = try store.createSession(clientID: client.id!)
        try store.saveNote(sessionID: passing.id!, layer: .process, text: "harbour boats sail quietly away", visit: EditingVisit())
        try store.saveNote(sessionID: dwelling.id!, layer: .process, text: "harbour harbour harbour boats sail", visit: EditingVisit())
        let hits = try store.search(SearchQuery("harbour"))
        XCTAssertEqual(hits.map(\.sessionNumber), [2, 1])
        XCTAssertLessThan(hits[0].rank, hits[1].rank)
        XCTAssertEqual(try store.search(SearchQuery("lighthouse")).count, 4)
    }

    func testWordsMatchingMoreThanTheCapComeNewestFirstUnlessAskedToRankAll() throws {
        let client = try makeClient(store, code: "CL-003", name: "Clara Lenz")
        for text in ["harbour harbour harbour boats", "harbour boats sail quietly away", "harbour boats drift slowly off"] {
            let session = try store.createSession(clientID: client.id!)
            try store.saveNote(sessionID: session.id!, layer: .process, text: text, visit: EditingVisit())
        }
        let ranked = try store.search(SearchQuery("harbour", rankingCap: nil))
        XCTAssertEqual(ranked.first?.sessionNumber, 1)
        XCTAssertEqual(Set(ranked.map(\.order)), [.relevance])
        XCTAssertEqual(try store.search(SearchQuery("harbour", rankingCap: 3)).map(\.sessionNumber).first, 1)

        let recent = try store.search(SearchQuery("harbour", rankingCap: 2))
        XCTAssertEqual(recent.map(\.sessionNumber), [3, 2, 1])
        XCTAssertEqual(recent.map(\.rank), [1, 2, 3])
        XCTAssertEqual(Set(recent.map(\.order)), [.recency])
        XCTAssertEqual(try store.search(SearchQuery("harbour", limit: 2, rankingCap: 2)).map(\.sessionNumber), [3, 2])
        XCTAssertEqual(
            try store.search(SearchQuery("harbour", clientID: client.id, rankingCap: 2)).map(\.sessionNumber), [3, 2, 1])
    }

    func testPrefixFindsEveryWordStartingSo() throws {
        XCTAssertEqual(try store.search(SearchQuery("light*")).count, 5)
        XCTAssertEqual(try store.search(SearchQuery("light")).count, 0)
    }

    func testFiltersByClientDateAndCategory() throws {
        XCTAssertEqual(Set(try store.search(SearchQuery("lighthouse", clientID: ben.id)).map(\.clientCode)), ["BK-002"])
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        let early = try store.search(SearchQuery("lighthouse", until: start + 5 * 86_400))
        XCTAssertEqual(early.map(\.clientCode), ["BK-002"])
        let later = try store.search(SearchQuery("lighthouse", from: start + 5 * 86_400))
        XCTAssertEqual(Set(later.map(\.sessionNumber)), [2])
        let defenses = try store.search(SearchQuery("lighthouse", category: .defense))
        XCTAssertEqual(Set(defenses.map(\.layer)), [.evidence])
        XCTAssertEqual(try store.search(SearchQuery("lighthouse", category: .transference)), [])
        XCTAssertEqual(try store.search(SearchQuery("lighthouse", limit: 2)).count, 2)
    }

    func testSyntaxInUserTextIsSearchedLiterallyNotInterpreted() throws {
        XCTAssertEqual(try store.search(SearchQuery("lighthouse AND")), [])
        XCTAssertNoThrow(try store.search(SearchQuery("\"unclosed NEAR( -x : ^")))
        XCTAssertEqual(try store.search(SearchQuery("  ")), [])
        XCTAssertEqual(Set(try store.search(SearchQuery("\"lighthouse keeper\"")).map(\.layer)), [.process, .evidence])
        XCTAssertEqual(try store.search(SearchQuery("\"keeper lighthouse\"")).count, 0)
    }

    func testEditedNoteIsFoundByItsNewTextOnly() throws {
        let session = try XCTUnwrap(try store.session(clientID: ben.id!, number: 1))
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Talked about the kettle.", visit: EditingVisit())
        XCTAssertEqual(try store.search(SearchQuery("stove")), [])
        XCTAssertEqual(try store.search(SearchQuery("kettle")).map(\.clientCode), ["BK-002"])
    }
}
