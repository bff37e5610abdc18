import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

/// The Clients list reads only what its rows show for the whole caseload; the preview's codes
/// and note are read for the selected client. What the user sees must not depend on that.
final class ClientsListReadsTests: XCTestCase {
    /// A caseload longer than any screen: 40 clients with a few coded sessions each.
    private static let long = DemoCaseload.generate(clients: 40, sessionsPerClient: 2...4, seed: 19)

    private func longFixture() throws -> StoreFixture {
        let fixture = try StoreFixture(demo: false)
        try DemoWriter.write(Self.long, to: fixture.store)
        return fixture
    }

    /// The selected client's preview detail equals reading everything; with `onScreen`, the
    /// pane (tall enough to show its end) shows it.
    private func assertPreviewIsTheSelectedClients(_ h: AppHarness, _ store: CaseStore, onScreen: Bool = true,
                                                   file: StaticString = #filePath, line: UInt = #line) throws {
        let item = try XCTUnwrap(h.state.clients.selected, file: file, line: line)
        let expected = try ReadEverything.detail(store, clientID: item.id)
        XCTAssertEqual(h.state.clients.selectedDetail, expected, item.code, file: file, line: line)
        guard onScreen else { return }
        let screen = h.screen
        if let number = expected.lastSessionNumber {
            XCTAssertTrue(screen.contains("Last session (#\(number),"), screen, file: file, line: line)
        }
        if let first = expected.lastSessionLines.first {
            XCTAssertTrue(screen.contains(String(first.prefix(20))), "\(first)\n\(screen)", file: file, line: line)
        }
        if let code = expected.frequentTags.first {
            XCTAssertTrue(screen.contains(code.name), "\(code.name)\n\(screen)", file: file, line: line)
        }
    }

    func testPreviewShowsTheSelectedClientsLatestNoteAndCodesAsTheSelectionMoves() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness(size: Size(width: 120, height: 40))
        try assertPreviewIsTheSelectedClients(h, f.store)
        var seen: Set<Int64> = []
        for key in ["j", "j", "G", "k", "g", "g"] {
            h.key(.char(key))
            try assertPreviewIsTheSelectedClients(h, f.store)
            seen.insert(try XCTUnwrap(h.state.clients.selected?.id))
        }
        XCTAssertGreaterThanOrEqual(seen.count, 4)
        let reads = h.effects.filter { if case .loadPreviewDetail = $0 { return true }; return false }.count
        h.key(.char("s"))
        h.resize(100, 30)
        XCTAssertEqual(h.effects.filter { if case .loadPreviewDetail = $0 { return true }; return false }.count, reads,
                       "sorting and resizing on the same client read nothing again")
    }

    func testPreviewShowsANoteSavedSinceAndItsNewCode() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness(size: Size(width: 120, height: 40))
        h.key(.char("j"))
        let item = try XCTUnwrap(h.state.clients.selected)
        let session = try f.store.createSession(clientID: item.id, startedAt: AppHarness.now)
        try f.store.saveNote(sessionID: session.id!, layer: .process, text: "Talked about the lighthouse keeper.\n#humor",
                             visit: EditingVisit())
        // What closing the session screen asks for.
        h.run(.loadClients(select: item.id))
        XCTAssertEqual(h.state.clients.selected?.id, item.id)
        XCTAssertEqual(h.state.clients.selectedDetail?.lastSessionLines.first, "Talked about the lighthouse keeper.")
        XCTAssertEqual(h.state.clients.selectedDetail?.lastSessionNumber, session.number)
        XCTAssertTrue(h.screen.contains("Talked about the lighthouse keeper."), h.screen)
        try assertPreviewIsTheSelectedClients(h, f.store)
    }

    func testThemeChipsAreRightForEveryClientAfterScrollingToTheEndAndAfterAReload() throws {
        let f = try longFixture()
        // Wide enough for every row's theme chips and the preview's last session.
        var h = f.harness(size: Size(width: 220, height: 60))
        for item in h.state.clients.all {
            XCTAssertEqual(item.topThemes, try ReadEverything.topThemes(f.store, clientID: item.id), item.code)
        }
        h.key(.char("G"))
        let last = try XCTUnwrap(h.state.clients.visible.last)
        XCTAssertEqual(h.state.clients.selected?.id, last.id)
        // The list's row (the preview's border also names the selected client).
        func listRow() throws -> String { try XCTUnwrap(h.lines.first { $0.contains("│ \(last.code)") }) }
        let row = try listRow()
        let firstTheme = try XCTUnwrap(last.topThemes.first, "the generated caseload codes themes for every client")
        XCTAssertTrue(row.contains(firstTheme.name), row)
        try assertPreviewIsTheSelectedClients(h, f.store)

        // A theme coded in more sessions than any other takes the first chip after the next load.
        let theme = try f.store.addTag(category: .theme, name: "Lighthouse", slug: "lighthouse").id!
        for _ in 0..<6 {
            let session = try f.store.createSession(clientID: last.id, startedAt: AppHarness.now)
            try f.store.addObservation(sessionID: session.id!, tagID: theme)
        }
        h.run(.loadClients(select: last.id))
        XCTAssertEqual(h.state.clients.selected?.topThemes.first?.name, "Lighthouse")
        let reloaded = try listRow()
        XCTAssertTrue(reloaded.contains("Lighthouse"), reloaded)
        XCTAssertEqual(h.state.clients.selectedDetail?.frequentTags.first?.name, "Lighthouse")
        h.key(.pageUp)
        h.key(.pageDown)
        for item in h.state.clients.all {
            XCTAssertEqual(item.topThemes, try ReadEverything.topThemes(f.store, clientID: item.id), item.code)
        }
    }

    func testFilterFindsAClientByAThemeThatIsNotOnScreen() throws {
        let f = try longFixture()
        var h = f.harness(size: Size(width: 80, height: 24))
        let last = try XCTUnwrap(h.state.clients.visible.last)
        XCTAssertFalse(h.screen.contains(last.code), "the last client is below the first screen")
        let theme = try f.store.addTag(category: .theme, name: "Harbourmaster", slug: "harbourmaster").id!
        for _ in 0..<6 {
            let session = try f.store.createSession(clientID: last.id, startedAt: AppHarness.now)
            try f.store.addObservation(sessionID: session.id!, tagID: theme)
        }
        h.run(.loadClients(select: nil))
        h.key(.char("f"))
        h.type("harbourm")
        XCTAssertEqual(h.state.clients.visible.map(\.id), [last.id])
        XCTAssertTrue(h.screen.contains(last.code), h.screen)
        try assertPreviewIsTheSelectedClients(h, f.store, onScreen: false)
    }

    func testCodeOnlyShowsNoNameWhileScrollingFilteringAndSorting() throws {
        let f = try longFixture()
        var h = f.harness(size: Size(width: 120, height: 40))
        h.state.codeOnly = true
        h.state.clients.refresh(codeOnly: true)
        let names = Self.long.clients.map(\.name)
        func assertNoName(_ step: String) {
            let screen = h.screen
            for name in names { XCTAssertFalse(screen.contains(name), "\(name) after \(step)") }
        }
        assertNoName("start")
        for key in ["G", "k", "s", "s"] {
            h.key(.char(key))
            assertNoName(key)
        }
        h.key(.pageUp)
        assertNoName("PgUp")
        h.key(.char("f"))
        h.type(String(try XCTUnwrap(h.state.clients.selected?.topThemes.first?.name).prefix(5)))
        XCTAssertFalse(h.state.clients.visible.isEmpty)
        assertNoName("filter")
    }
}

final class ClientsLabelWidthTests: XCTestCase {
    func testWidestLabelIsTheWidestOfAllLabelsInAnyScript() {
        let names = ["Zoë Brightwater", "王小明", "林 小雨 林 小雨 林", "Noe\u{0301}mie Caron", "👩‍👧 Family", "Ann", "",
                     "Ágnes Pipacsvölgyi-Kovács", "\u{0301}mark first", "Søren"]
        for rotation in 0..<names.count {
            let rotated = Array(names[rotation...] + names[..<rotation])
            let items = rotated.enumerated().map {
                ClientListItem(id: Int64($0.offset), code: $0.offset % 3 == 0 ? "王-\($0.offset)" : "AM-\($0.offset)",
                               name: $0.element, status: "active")
            }
            for codeOnly in [false, true] {
                let naive = items.map { displayWidth(of: $0.label(codeOnly: codeOnly)) }.max() ?? 0
                XCTAssertEqual(ClientsView.widestLabel(items, codeOnly: codeOnly), naive, "rotation \(rotation) \(codeOnly)")
            }
        }
        XCTAssertEqual(ClientsView.widestLabel([], codeOnly: false), 0)
    }
}
