import CasebookCore
import Foundation
import TerminalKit
import XCTest
@testable import CasebookTUI

final class SearchScreenTests: XCTestCase {
    private var fixture: SearchTestStore!
    private var state: SearchState!

    override func setUpWithError() throws {
        fixture = try SearchTestStore()
        state = try SearchScreen.open(store: fixture.store, now: fixture.now)
    }

    override func tearDown() {
        state = nil
        fixture = nil
    }

    func testResultsArriveOnlyAfterTheDebounce() {
        let start = state.clock
        fixture.type("Zoe", into: &state)
        XCTAssertEqual(SearchScreen.update(&state, .tick(start.addingTimeInterval(0.1))), [], "searched before 150 ms")
        XCTAssertTrue(state.results.isEmpty)
        let effects = fixture.feed(&state, .tick(start.addingTimeInterval(0.16)))
        guard case .search(let query, _)? = effects.first else { return XCTFail("no search after the debounce: \(effects)") }
        XCTAssertEqual(query.text, "Zoe")
        // Zoe finds Zoë in Anna's note and the comment on Ben's observation.
        XCTAssertEqual(Set(state.results.map(\.clientCode)), ["AM-014", "BK-002"])
        XCTAssertTrue(state.results.contains { $0.snippet.contains("Zoë") })
        XCTAssertEqual(SearchScreen.update(&state, .tick(start.addingTimeInterval(0.5))), [], "searched the same query twice")
    }

    func testEachKeystrokeRestartsTheDebounce() {
        let start = state.clock
        fixture.type("ligh", into: &state)
        _ = SearchScreen.update(&state, .tick(start.addingTimeInterval(0.1)))
        fixture.type("t", into: &state)
        XCTAssertEqual(SearchScreen.update(&state, .tick(start.addingTimeInterval(0.2))), [])
        XCTAssertFalse(SearchScreen.update(&state, .tick(start.addingTimeInterval(0.3))).isEmpty)
    }

    func testResultsOfAStaleQueryAreDropped() {
        let start = state.clock
        fixture.type("lighthouse", into: &state)
        _ = SearchScreen.update(&state, .tick(start.addingTimeInterval(0.1)))
        let stale = SearchScreen.update(&state, .tick(start.addingTimeInterval(0.2)))
        XCTAssertEqual(stale.count, 1)
        fixture.type(" father", into: &state)
        // The first search finishes after the clinician typed more: its results must not show.
        for result in SearchScreen.run(stale[0], store: fixture.store, now: fixture.now) { fixture.feed(&state, result) }
        XCTAssertTrue(state.results.isEmpty, "stale results shown: \(state.results.map(\.snippet))")
        fixture.feed(&state, .tick(start.addingTimeInterval(0.3)))
        fixture.feed(&state, .tick(start.addingTimeInterval(0.4)))
        XCTAssertEqual(state.results.map(\.sessionID), [fixture.annaSecond.id!])
    }

    func testAfterALongGapBetweenTicksTheDebounceCountsFromTheTick() {
        let start = state.clock
        fixture.type("zoe", into: &state)
        // The keystroke may have landed just before this tick: do not search yet.
        XCTAssertEqual(SearchScreen.update(&state, .tick(start.addingTimeInterval(0.25))), [])
        XCTAssertEqual(SearchScreen.update(&state, .tick(start.addingTimeInterval(0.35))), [])
        XCTAssertEqual(SearchScreen.update(&state, .tick(start.addingTimeInterval(0.5))).count, 1)
    }

    func testClientCategoryAndDateFiltersNarrowResults() {
        fixture.search("lighthouse", in: &state)
        XCTAssertEqual(Set(state.results.map(\.clientCode)), ["AM-014", "BK-002"])
        XCTAssertEqual(state.results.count, 4)

        _ = SearchScreen.update(&state, .key(KeyEvent(.tab)))
        XCTAssertEqual(state.focus, .results)
        _ = SearchScreen.update(&state, .key(.char("c")))
        for key in "BK" { _ = SearchScreen.update(&state, .key(.char(String(key)))) }
        fixture.feed(&state, .key(KeyEvent(.enter)))
        XCTAssertEqual(state.clientFilter, fixture.ben.id)
        XCTAssertEqual(state.results.map(\.layer), [.evidence])

        fixture.feed(&state, .key(.char("C")))
        XCTAssertEqual(state.results.count, 4)
        fixture.feed(&state, .key(.char("t")))
        XCTAssertEqual(state.categoryFilter, .theme)
        XCTAssertTrue(state.results.isEmpty)
        fixture.feed(&state, .key(.char("t")))
        XCTAssertEqual(state.categoryFilter, .defense)
        XCTAssertEqual(state.results.map(\.category), [.defense])

        fixture.feed(&state, .key(.char("x")))
        fixture.feed(&state, .key(.char("d")))
        XCTAssertTrue(SearchScreen.isEditingText(state))
        for key in "2026-03-06" { fixture.feed(&state, .key(.char(String(key)))) }
        fixture.feed(&state, .key(KeyEvent(.enter)))
        XCTAssertNil(state.dateError)
        XCTAssertEqual(Set(state.results.map(\.sessionID)), [fixture.annaSecond.id!])
        XCTAssertEqual(state.results.count, 2, "process and record note of the 9 March session")
    }

    func testTheToDayIncludesItsWholeDay() {
        fixture.search("lighthouse", in: &state)
        _ = SearchScreen.update(&state, .key(KeyEvent(.tab)))
        _ = SearchScreen.update(&state, .key(.char("d")))
        _ = SearchScreen.update(&state, .key(KeyEvent(.tab)))
        for key in "2026-03-05" { _ = SearchScreen.update(&state, .key(.char(String(key)))) }
        fixture.feed(&state, .key(KeyEvent(.enter)))
        // Ben's session at 15:00 on the 5th counts; Anna's 9 March ones do not.
        XCTAssertEqual(Set(state.results.map(\.sessionID)), [fixture.annaFirst.id!, fixture.benFirst.id!])
        XCTAssertTrue(fixture.render(state, width: 80, height: 24).lines[1].contains("Dates to 2026-03-05"))
    }

    func testAnImpossibleDateIsRefusedInline() {
        fixture.search("lighthouse", in: &state)
        _ = SearchScreen.update(&state, .key(KeyEvent(.tab)))
        _ = SearchScreen.update(&state, .key(.char("d")))
        for key in "2026-02-30" { _ = SearchScreen.update(&state, .key(.char(String(key)))) }
        XCTAssertEqual(SearchScreen.update(&state, .key(KeyEvent(.enter))), [])
        XCTAssertEqual(state.focus, .fromDate)
        let error = try? XCTUnwrap(state.dateError)
        XCTAssertTrue(error?.contains("YYYY-MM-DD") ?? false, error ?? "")
        let lines = fixture.render(state, width: 80, height: 24).lines
        XCTAssertTrue(lines[2].contains("“2026-02-30” is not a date"), lines[2])
        XCTAssertEqual(state.results.count, 4, "a refused date must not filter")
    }

    func testEnterOpensTheSessionWithTheCursorOnTheMatch() throws {
        fixture.search("zoe", in: &state)
        let index = try XCTUnwrap(state.results.firstIndex { $0.layer == .process })
        _ = SearchScreen.update(&state, .key(KeyEvent(.tab)))
        for _ in 0..<index { _ = SearchScreen.update(&state, .key(.char("j"))) }
        let effects = fixture.feed(&state, .key(KeyEvent(.enter)))
        XCTAssertEqual(effects.count, 1)
        guard case .openSession(let sessionID, let layer, let offset)? = state.request else {
            return XCTFail("no open request: \(String(describing: state.request))")
        }
        XCTAssertEqual(sessionID, fixture.annaFirst.id)
        XCTAssertEqual(layer, "process")
        let scalars = Array(SearchTestStore.annaFirstNote.unicodeScalars)
        let at = try XCTUnwrap(offset)
        var found = String.UnicodeScalarView()
        found.append(contentsOf: scalars[at..<(at + 3)])
        XCTAssertEqual(String(found), "Zoë")
    }

    func testARecordNoteHitOpensTheRecordLayerAtTheMatch() throws {
        fixture.search("lighthouse dream", in: &state)
        let index = try XCTUnwrap(state.results.firstIndex { $0.layer == .record })
        _ = SearchScreen.update(&state, .key(KeyEvent(.tab)))
        for _ in 0..<index { _ = SearchScreen.update(&state, .key(KeyEvent(.down))) }
        fixture.feed(&state, .key(KeyEvent(.enter)))
        guard case .openSession(_, let layer, let offset)? = state.request else { return XCTFail("no open request") }
        XCTAssertEqual(layer, "record")
        let note = SearchTestStore.annaSecondRecord
        let expected = note.unicodeScalars.distance(
            from: note.unicodeScalars.startIndex, to: note.range(of: "LIGHTHOUSE")!.lowerBound.samePosition(in: note.unicodeScalars)!)
        XCTAssertEqual(offset, expected)
    }

    func testAnEvidenceHitOfAnInlineTagOpensTheProcessNoteAtTheMatch() throws {
        let session = try fixture.store.createSession(clientID: fixture.ben.id!, startedAt: SearchTestStore.day(2026, 3, 12, hour: 15))
        // The word comes twice; the evidence is the tagged line, so the cursor goes to the second.
        let note = "Marmalade at breakfast, he said.\nHe joked about the burnt marmalade, then fell silent #humor"
        try fixture.store.saveNote(sessionID: session.id!, layer: .process, text: note, visit: EditingVisit())
        fixture.search("marmalade", in: &state)
        let index = try XCTUnwrap(state.results.firstIndex { $0.layer == .evidence }, "\(state.results.map(\.layer))")
        _ = SearchScreen.update(&state, .key(KeyEvent(.tab)))
        for _ in 0..<index { _ = SearchScreen.update(&state, .key(.char("j"))) }
        fixture.feed(&state, .key(KeyEvent(.enter)))
        guard case .openSession(let sessionID, let layer, let offset)? = state.request else { return XCTFail("no open request") }
        XCTAssertEqual(sessionID, session.id)
        XCTAssertEqual(layer, "process")
        let second = note.range(of: "burnt marmalade")!.lowerBound.samePosition(in: note.unicodeScalars)!
        XCTAssertEqual(offset, note.unicodeScalars.distance(from: note.unicodeScalars.startIndex, to: second) + "burnt ".count)
    }

    func testNoMatchesSaysSoAndHintsAtPrefixAndPhraseSearch() {
        fixture.search("xylophone", in: &state)
        XCTAssertTrue(state.results.isEmpty)
        let lines = fixture.render(state, width: 80, height: 24).lines
        XCTAssertTrue(lines.contains { $0.contains("No matches for “xylophone”.") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("word*") && $0.contains("\"double quotes\"") })
        XCTAssertTrue(lines[1].contains("no results"))
    }

    func testEscapeInTheQueryAsksToClose() {
        _ = SearchScreen.update(&state, .key(KeyEvent(.escape)))
        XCTAssertEqual(state.request, .close)
    }

    func testQuestionMarkAndQAreTextWhileTyping() {
        XCTAssertTrue(SearchScreen.isEditingText(state))
        fixture.type("q?", into: &state)
        XCTAssertEqual(state.query.text, "q?")
        XCTAssertNil(state.request)
    }

    func testScopedToAClientFromTheStart() throws {
        state = try SearchScreen.open(clientID: fixture.anna.id, store: fixture.store, now: fixture.now)
        fixture.search("zoe", in: &state)
        XCTAssertEqual(Set(state.results.map(\.clientCode)), ["AM-014"])
        let filters = fixture.render(state, width: 80, height: 24).lines[1]
        XCTAssertTrue(filters.contains("Client AM-014  Anna Meier"), filters)
    }
}
