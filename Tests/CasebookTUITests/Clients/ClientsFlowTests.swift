import CasebookCore
import TerminalKit
import XCTest
@testable import CasebookTUI

final class ClientsFlowTests: XCTestCase {
    func testListShowsEveryDemoClientWithSessionsAndLastSeen() throws {
        let f = try StoreFixture(demo: true)
        let h = f.harness(size: Size(width: 120, height: 40))
        let screen = h.screen
        for demo in StoreFixture.demo.clients {
            guard let row = h.lines.first(where: { $0.contains(demo.code) && $0.contains("│ ") }) else {
                return XCTFail("\(demo.code) missing\n\(screen)")
            }
            XCTAssertTrue(row.contains(" \(demo.sessions.count) "), row)
            XCTAssertTrue(row.contains(demo.status), row)
        }
        XCTAssertTrue(screen.contains("\(StoreFixture.demo.clients.count) clients"))
    }

    func testFilterAsYouTypeNarrowsTheListAndIgnoresAccents() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        let target = StoreFixture.demo.clients[2]
        h.key(.char("f"))
        XCTAssertTrue(h.state.isEditingText)
        // Typed without accents and in lower case, it still finds the name.
        let query = String(target.name.split(separator: " ").first!).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        h.type(query)
        XCTAssertTrue(h.state.clients.visible.contains { $0.code == target.code })
        XCTAssertLessThan(h.state.clients.visible.count, StoreFixture.demo.clients.count)
        XCTAssertTrue(h.screen.contains(target.code))
        // Enter keeps the filter and gives the keys back to the list: `q` quits again.
        h.key(.enter)
        XCTAssertFalse(h.state.isEditingText)
        XCTAssertEqual(h.state.clients.filter.text, query)
        h.key(.escape)
        XCTAssertEqual(h.state.clients.visible.count, StoreFixture.demo.clients.count)
    }

    func testFilterThatMatchesNothingSaysSo() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        h.key(.char("f"))
        h.type("qqqzzz")
        XCTAssertTrue(h.screen.contains("No client matches “qqqzzz”"), h.screen)
    }

    func testQWhileFilteringIsText() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        h.key(.char("f"))
        h.type("q?:")
        XCTAssertFalse(h.state.quitting)
        XCTAssertNil(h.state.overlay)
        XCTAssertEqual(h.state.clients.filter.text, "q?:")
    }

    func testSortStepsThroughKeysAndKeepsTheSelectedClient() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        h.type("jj")
        let selected = h.state.clients.selected!.id
        h.key(.char("s"))
        XCTAssertEqual(h.state.clients.sort, .name)
        XCTAssertEqual(h.state.clients.selected?.id, selected)
        h.key(.char("s"))
        XCTAssertEqual(h.state.clients.sort, .lastSeen)
        let dates = h.state.clients.visible.compactMap(\.lastSeen)
        XCTAssertEqual(dates, dates.sorted(by: >))
        h.key(.char("s"))
        let counts = h.state.clients.visible.map(\.sessionCount)
        XCTAssertEqual(counts, counts.sorted(by: >))
        XCTAssertTrue(h.screen.contains("sort: sessions"))
        XCTAssertEqual(h.state.clients.selected?.id, selected)
    }

    func testVimAndArrowMovement() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        let count = h.state.clients.visible.count
        h.key(.char("G"))
        XCTAssertEqual(h.state.clients.list.selected, count - 1)
        h.type("gg")
        XCTAssertEqual(h.state.clients.list.selected, 0)
        h.key(.down)
        h.key(.char("j"))
        XCTAssertEqual(h.state.clients.list.selected, 2)
        h.key(.up)
        XCTAssertEqual(h.state.clients.list.selected, 1)
        h.key(.ctrl("d"))
        XCTAssertGreaterThan(h.state.clients.list.selected!, 1)
        h.key(.ctrl("u"))
        h.key(.ctrl("u"))
        XCTAssertEqual(h.state.clients.list.selected, 0)
    }

    func testAddClientShowsValidationErrorsThenSaves() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        let existing = StoreFixture.demo.clients[0].code
        h.key(.char("a"))
        XCTAssertTrue(h.screen.contains("New client"))
        // An empty form: code and name are required.
        h.key(.enter)
        XCTAssertTrue(h.screen.contains("Required: the screen shows the code"), h.screen)
        XCTAssertTrue(h.screen.contains("Required (exports replace it"), h.screen)
        // A code already taken and a bad year are refused, and nothing reaches the store.
        h.type(existing.lowercased())
        h.key(.tab)
        h.type("Maëlle Dupré-Ōkubo")
        h.key(.tab)
        h.key(.tab)
        h.type("18")
        h.key(.enter)
        XCTAssertTrue(h.screen.contains("already has the code"), h.screen)
        XCTAssertTrue(h.screen.contains("Write a year between 1900"), h.screen)
        XCTAssertEqual(try f.store.listClients().count, StoreFixture.demo.clients.count)
        // The typed name survives the failed save.
        guard case let .form(form)? = h.state.stack.last else { return XCTFail("form closed") }
        XCTAssertEqual(form.text(.name), "Maëlle Dupré-Ōkubo")
        XCTAssertEqual(form.focused, .code)
        h.key(.ctrl("u"))
        h.type("MD-900")
        h.key(.tab)
        h.key(.tab)
        h.key(.tab)
        h.key(.ctrl("u"))
        h.type("1990")
        h.key(.enter)
        XCTAssertTrue(h.state.stack.isEmpty, h.screen)
        let saved = try XCTUnwrap(f.store.client(code: "MD-900"))
        XCTAssertEqual(saved.name, "Maëlle Dupré-Ōkubo")
        XCTAssertEqual(saved.birthYear, 1990)
        XCTAssertEqual(h.state.clients.selected?.code, "MD-900")
        XCTAssertTrue(h.screen.contains("Added MD-900"), h.screen)
    }

    func testPastedLinesInAFieldBecomeOneLine() throws {
        let f = try StoreFixture(demo: false)
        var h = f.harness()
        h.key(.char("a"))
        h.send(.terminal(.paste("AB-1\nq")))
        guard case let .form(form)? = h.state.stack.last else { return XCTFail("form closed") }
        XCTAssertEqual(form.text(.code), "AB-1 q")
    }

    func testEditClientChangesTheStoreAndKeepsUntouchedFields() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        let before = try XCTUnwrap(f.store.client(id: h.state.clients.selected!.id))
        h.key(.char("e"))
        XCTAssertTrue(h.screen.contains("Edit client"))
        for _ in 0..<6 { h.key(.tab) }
        guard case let .form(form)? = h.state.stack.last else { return XCTFail("form closed") }
        XCTAssertEqual(form.focused, .frequency)
        h.key(.ctrl("u"))
        h.type("3×/week")
        h.key(.enter)
        let after = try XCTUnwrap(f.store.client(id: before.id!))
        XCTAssertEqual(after.frequency, "3×/week")
        XCTAssertEqual(after.name, before.name)
        XCTAssertEqual(after.aliases, before.aliases)
        XCTAssertEqual(after.supervisionQuestions, before.supervisionQuestions)
        XCTAssertTrue(h.state.stack.isEmpty)
    }

    func testEscapeCancelsTheFormWithoutSaving() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        h.key(.char("a"))
        h.type("ZZ-1")
        h.key(.escape)
        XCTAssertTrue(h.state.stack.isEmpty)
        XCTAssertNil(try f.store.client(code: "ZZ-1"))
    }

    func testCloseClientSetsTheStatusAndSaysHowToUndo() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        let active = try XCTUnwrap(h.state.clients.visible.firstIndex { $0.status == "active" })
        for _ in 0..<active { h.key(.char("j")) }
        let id = h.state.clients.selected!.id
        h.key(.char("x"))
        XCTAssertEqual(try f.store.client(id: id)?.status, .closed)
        XCTAssertEqual(h.state.clients.selected?.id, id)
        XCTAssertEqual(h.state.clients.selected?.status, "closed")
        XCTAssertTrue(h.screen.contains("Closed"), h.screen)
    }

    func testFirstRunOnAnEmptyDatabaseSaysWhatToDo() throws {
        let f = try StoreFixture(demo: false)
        var h = f.harness()
        let screen = h.screen
        XCTAssertTrue(screen.contains("no clients in this casebook yet"), screen)
        XCTAssertTrue(screen.contains("add your first client"), screen)
        XCTAssertTrue(screen.contains("casebook --demo"), screen)
        h.key(.char("a"))
        XCTAssertTrue(h.screen.contains("New client"))
        h.type("AB-001")
        h.key(.tab)
        h.type("Ana Błaszczyk")
        h.key(.enter)
        XCTAssertTrue(h.screen.contains("AB-001"), h.screen)
        XCTAssertFalse(h.screen.contains("no clients in this casebook yet"))
    }

    func testPreviewShowsConcernsFrequentCodesAndLastSession() throws {
        let f = try StoreFixture(demo: true)
        let h = f.harness(size: Size(width: 120, height: 40))
        let item = try XCTUnwrap(h.state.clients.selected)
        let demo = try XCTUnwrap(StoreFixture.demo.clients.first { $0.code == item.code })
        let screen = h.screen
        XCTAssertTrue(screen.contains("Presenting concerns"))
        XCTAssertTrue(screen.contains(String(demo.presentingConcerns.prefix(20))), screen)
        XCTAssertTrue(screen.contains("Most frequent codes"))
        let detail = try XCTUnwrap(h.state.clients.selectedDetail)
        XCTAssertFalse(detail.frequentTags.isEmpty)
        XCTAssertTrue(screen.contains(detail.frequentTags[0].name))
        XCTAssertTrue(screen.contains("Last session (#\(demo.sessions.last!.number)"), screen)
    }
}

final class ClientsPaneAndErrorTests: XCTestCase {
    func testTabMovesTheKeysToThePreviewWhichScrollsToItsEndAndNoFurther() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        let selected = h.state.clients.selected?.id
        h.key(.tab)
        XCTAssertEqual(h.state.clients.focus, .preview)
        let top = h.lines[3]
        h.key(.char("j"))
        XCTAssertEqual(h.state.clients.previewScroll, 1)
        XCTAssertNotEqual(h.lines[3], top)
        h.key(.char("G"))
        let end = h.state.clients.previewScroll
        XCTAssertEqual(end, ClientPreviewView.maxScroll(h.state))
        h.key(.char("j"))
        XCTAssertEqual(h.state.clients.previewScroll, end)
        // The list selection did not move while the preview had the keys.
        XCTAssertEqual(h.state.clients.selected?.id, selected)
        h.key(.tab)
        h.key(.char("j"))
        XCTAssertNotEqual(h.state.clients.selected?.id, selected)
        XCTAssertEqual(h.state.clients.previewScroll, 0)
    }

    func testAStoreFailureReachesTheStatusLineAndNothingElseChanges() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        let before = h.state.clients.visible
        try f.store.close()
        h.key(.char("x"))
        XCTAssertEqual(h.state.status?.kind, .error)
        XCTAssertTrue(h.lines[22].contains(h.state.status!.text.prefix(20)), h.lines[22])
        XCTAssertEqual(h.state.clients.visible, before)
    }

    func testHelpScrollStopsAtItsLastLine() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        h.key(.char("?"))
        for _ in 0..<100 { h.key(.char("j")) }
        XCTAssertTrue(h.screen.contains("Quit (drafts are saved first)"), h.screen)
        h.key(.char("k"))
        guard case let .help(help)? = h.state.overlay else { return XCTFail() }
        XCTAssertGreaterThan(help.scroll, 0)
        for _ in 0..<help.scroll { h.key(.char("k")) }
        XCTAssertTrue(h.screen.contains("Clients keys"), h.screen)
    }
}

final class ClientPreviewSourceTests: XCTestCase {
    func testPreviewShowsTheLatestNotedSessionEvenAfterADeletedOne() throws {
        let f = try StoreFixture(demo: false)
        let client = try f.store.createClient(Client(code: "PV-001", name: "Inès Ørsted", intakeDate: AppHarness.now))
        var ids: [Int64] = []
        for text in ["first hour", "second hour", "third hour", "fourth hour"] {
            let session = try f.store.createSession(clientID: client.id!, startedAt: AppHarness.now)
            try f.store.saveNote(sessionID: session.id!, layer: .process, text: text, visit: EditingVisit())
            ids.append(session.id!)
        }
        try f.store.deleteSession(ids[1])
        // An empty session after the last note: the preview skips it.
        _ = try f.store.createSession(clientID: client.id!, startedAt: AppHarness.now)
        let h = f.harness()
        XCTAssertEqual(h.state.clients.selectedDetail?.lastSessionLines, ["fourth hour"])
        XCTAssertEqual(h.state.clients.selectedDetail?.lastSessionNumber, 4)
    }
}

final class ClientsPreviewFollowsSelectionTests: XCTestCase {
    func testPatternsFollowTheSelectionAndAreReadOncePerClient() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness(size: Size(width: 120, height: 40))
        let first = try XCTUnwrap(h.state.clients.selected?.id)
        XCTAssertEqual(h.state.clients.patternsClientID, first)
        XCTAssertNotNil(h.state.clients.patterns)
        XCTAssertTrue(h.screen.contains("Recurring themes"), h.screen)
        XCTAssertTrue(h.screen.contains("ODF"))
        h.key(.char("j"))
        let second = try XCTUnwrap(h.state.clients.selected?.id)
        XCTAssertNotEqual(second, first)
        XCTAssertEqual(h.state.clients.patternsClientID, second)
        XCTAssertNotNil(h.state.clients.patterns)
        let loads = h.effects.filter { if case .loadPreviewPatterns = $0 { return true }; return false }.count
        h.key(.char("s"))
        h.resize(100, 30)
        let after = h.effects.filter { if case .loadPreviewPatterns = $0 { return true }; return false }.count
        XCTAssertEqual(after, loads, "sorting and resizing on the same client read nothing again")
    }
}
