import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

/// The Clients list and the Client screen read aggregates and note starts instead of every
/// observation and whole note; what they show must be what reading everything showed.
final class RosterLoadingTests: XCTestCase {
    private func wholeNote(_ session: Session) -> String { ReadEverything.wholeNote(session) }

    func testListChipsAndPreviewLinesEqualReadingEverythingOnTheDemo() throws {
        let fixture = try StoreFixture(demo: true)
        let store = fixture.store
        let runner = EffectRunner(store: store)
        let items = try runner.loadClients()
        XCTAssertEqual(items.count, StoreFixture.demo.clients.count)
        for item in items {
            let ranked = try ReadEverything.ranked(store, clientID: item.id)
            XCTAssertFalse(ranked.isEmpty, "the demo codes every client")
            XCTAssertEqual(item.topThemes, try ReadEverything.topThemes(store, clientID: item.id), item.code)
            let detail = try runner.loadPreviewDetail(item.id)
            XCTAssertEqual(detail, try ReadEverything.detail(store, clientID: item.id), item.code)
            XCTAssertNotNil(detail.lastSessionNumber, item.code)
        }
    }

    func testClientScreenRowsEqualReadingEverySessionInFull() throws {
        let fixture = try StoreFixture(demo: true)
        let store = fixture.store
        let clientID = try XCTUnwrap(try store.listClients().max { $0.sessionCount < $1.sessionCount }?.client.id)
        let runner = EffectRunner(store: store)
        var detail = try XCTUnwrap(try runner.loadClient(clientID))
        XCTAssertFalse(detail.sessions.contains { $0.hasDetails }, "Enter reads the outline; rows come with their page")
        detail.fill(try runner.sessionItems(ids: detail.sessions.map(\.id)))
        let sessions = try store.sessions(clientID: clientID)
        XCTAssertEqual(detail.sessions.map(\.id), sessions.map(\.id))
        XCTAssertEqual(detail.sessions.map(\.firstLine), sessions.map { NoteExcerpt.lines(wholeNote($0), count: 1).first ?? "" })
        XCTAssertTrue(detail.sessions.contains { !$0.firstLine.isEmpty })
        for (row, session) in zip(detail.sessions, sessions) {
            var chips: [TagChip] = []
            for observation in try store.observations(sessionID: session.id!)
            where !chips.contains(where: { $0.name == observation.tag.name && $0.category == observation.tag.category }) {
                chips.append(TagChip(name: observation.tag.name, category: observation.tag.category))
            }
            XCTAssertEqual(row.tags, chips, "session \(session.number)")
            XCTAssertEqual(row.attendance, session.attendance.rawValue)
            XCTAssertEqual(row.isSigned, session.isSigned)
        }
    }

    func testNotesLongerThanTheirExcerptShowTheSameLines() throws {
        let fixture = try StoreFixture(demo: false)
        let store = fixture.store
        let client = try store.createClient(Client(code: "LN-001", name: "Long Lines", intakeDate: AppHarness.now))
        let long = String(repeating: "She spoke about the harbour again. ", count: 120)  // ~4,200 characters
        let notes = [
            long + "\nSecond line.\nThird.",
            "\n\n" + String(repeating: "#humor ", count: 400) + "\nOnly after the tags.",
            "Short first.\n" + long + "\nLast.",
        ]
        let visit = EditingVisit()
        for note in notes {
            let session = try store.createSession(clientID: client.id!, startedAt: AppHarness.now)
            try store.saveNote(sessionID: session.id!, layer: .process, text: note, visit: visit)
        }
        let runner = EffectRunner(store: store)
        var detail = try XCTUnwrap(try runner.loadClient(client.id!))
        detail.fill(try runner.sessionItems(ids: detail.sessions.map(\.id)))
        XCTAssertEqual(detail.sessions.map(\.firstLine), notes.map { NoteExcerpt.lines($0, count: 1).first ?? "" })
        XCTAssertEqual(detail.sessions[1].firstLine, "Only after the tags.")
        let preview = try runner.loadPreviewDetail(client.id!)
        XCTAssertEqual(preview.lastSessionLines, NoteExcerpt.lines(notes[2], count: EffectRunner.previewLineCount))
        XCTAssertEqual(preview.lastSessionLines.count, 3)
    }
}
