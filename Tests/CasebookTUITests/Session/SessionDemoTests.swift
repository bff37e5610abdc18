import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

/// The session screen over the demo caseload, as `casebook --demo` shows it.
final class SessionDemoTests: XCTestCase {
    private var directory: URL!

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    /// A one-client demo caseload written by `DemoWriter`, as `casebook --demo` writes it.
    private func loadDemoClient() throws -> (store: CaseStore, demo: DemoClient, sessionIDs: [Int64]) {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-session-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try CaseStore(url: directory.appendingPathComponent("demo.sqlite"))
        let caseload = DemoCaseload.generate(clients: 1, sessionsPerClient: 3...3)
        let summary = try DemoWriter.write(caseload, to: store)
        XCTAssertEqual(summary.sessions, 3)
        let demo = try XCTUnwrap(caseload.clients.first)
        let client = try XCTUnwrap(try store.client(code: demo.code))
        let ids = try store.sessions(clientID: client.id!).compactMap(\.id)
        return (store, demo, ids)
    }

    func testADemoSessionOpensWithItsTagsHighlightedAndListed() throws {
        let (store, demo, ids) = try loadDemoClient()
        let last = try XCTUnwrap(demo.sessions.last)
        var state = try SessionScreen.open(sessionID: ids.last!, store: store, now: last.date.addingTimeInterval(60))
        let theme = Theme.builtinDefault
        var buffer = Buffer(size: Size(width: 120, height: 40))
        _ = SessionScreen.update(&state, .resized(Size(width: 120, height: 40)))
        _ = SessionScreen.render(state, in: Rect(x: 0, y: 0, width: 120, height: 40), buffer: &buffer, theme: theme, codeOnly: false)
        let lines = buffer.lines
        XCTAssertTrue(lines[0].contains(demo.name), lines[0])
        XCTAssertTrue(lines[0].contains("Session 3"))
        XCTAssertTrue(lines[0].contains("01:00 / 50:00"), lines[0])

        let inline = InlineTagParser.parse(last.processNote)
        XCTAssertFalse(inline.isEmpty, "the demo note has no inline tags to show")
        XCTAssertEqual(state.marks.marks.count, inline.count)
        XCTAssertEqual(state.observations.filter { $0.observation.source == .inline }.count, inline.count - state.unknownTags.count - state.ambiguousTags.count)
        XCTAssertTrue(state.unknownTags.isEmpty, "demo tags should all resolve: \(state.unknownTags.map(\.written))")
        XCTAssertTrue(lines[1].contains("Observations (\(state.observations.count))"), lines[1])

        // Some tag on screen is drawn in a category colour, not as plain text.
        let base = theme.style(for: .background).patched(with: theme.style(for: .text))
        let tagStyles = Set(TagCategory.allCases.map { base.patched(with: theme.style(for: .tag(category: $0.rawValue))) })
        var highlighted = 0
        for y in 1..<40 { for x in 0..<78 where tagStyles.contains(buffer.styleAt(x: x, y: y)) { highlighted += 1 } }
        XCTAssertGreaterThan(highlighted, 3)

        _ = SessionScreen.update(&state, .key(KeyEvent(.escape)))
        _ = SessionScreen.update(&state, .key(.char("p")))
        buffer = Buffer(size: Size(width: 120, height: 40))
        _ = SessionScreen.render(state, in: Rect(x: 0, y: 0, width: 120, height: 40), buffer: &buffer, theme: theme, codeOnly: true)
        let overlay = buffer.lines.joined(separator: "\n")
        XCTAssertTrue(overlay.contains("Session 2 · \(SessionFormat.dateTime(demo.sessions[1].date))"), overlay)
        XCTAssertFalse(overlay.contains(demo.name), "codeOnly screen shows the client's name")
    }

    func testRevealPutsTheCursorAtASearchHit() throws {
        let (store, demo, ids) = try loadDemoClient()
        var state = try SessionScreen.open(sessionID: ids[0], store: store, now: demo.sessions[0].date)
        _ = SessionScreen.update(&state, .resized(Size(width: 80, height: 22)))
        let note = demo.sessions[0].recordNote
        XCTAssertGreaterThan(note.unicodeScalars.count, 10)
        SessionScreen.reveal(&state, layer: .record, scalarOffset: 10)
        XCTAssertEqual(state.layer, .record)
        XCTAssertEqual(state.record.editor.cursorScalarOffset, 10)
        XCTAssertEqual(state.focus, .editor)
    }
}
