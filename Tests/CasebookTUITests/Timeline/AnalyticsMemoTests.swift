import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

/// The Timeline, Patterns and the preview share a client's material kept by the store; a write
/// must never leave them showing what was there before it.
final class AnalyticsMemoTests: XCTestCase {
    func testTimelineOpenedAfterANoteSaveShowsTheTagTheNoteAdded() throws {
        let fixture = try TimelineTestStore.demo(clients: 2)
        let store = fixture.store
        let clientID = fixture.clientIDs[0]
        let before = try TimelineScreen.open(clientID: clientID, store: store, now: Date())
        let shown = Set(before.grid.rows.map(\.tag.id))
        let missing = try XCTUnwrap(try store.tags(category: .theme).first { !shown.contains($0.tag.id!) }?.tag)
        // Opening again with nothing written gives the same grid.
        XCTAssertEqual(try TimelineScreen.open(clientID: clientID, store: store, now: Date()).grid.rows.map(\.tag.id),
                       before.grid.rows.map(\.tag.id))

        let session = try store.createSession(clientID: clientID, startedAt: Date())
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Spoke of it at last #\(missing.slug)", visit: EditingVisit())
        let after = try TimelineScreen.open(clientID: clientID, store: store, now: Date())
        XCTAssertTrue(after.grid.rows.contains { $0.tag.id == missing.id }, "the new tag has a row")
        XCTAssertEqual(after.grid.columns.count, before.grid.columns.count + 1, "the new session has a column")
    }

    func testPreviewAndPatternsFollowACodebookMerge() throws {
        let fixture = try TimelineTestStore.demo(clients: 2)
        let store = fixture.store
        let clientID = fixture.clientIDs[0]
        let material = try ClientAnalyticsMaterial.load(store: store, clientID: clientID)
        let grid = TimelineGrid.build(sessions: material.sessions, tags: material.tags)
        let themes = grid.rows.filter { $0.tag.category == .theme }
        guard themes.count >= 2 else { return XCTFail("the demo client has fewer than two themes") }
        try store.mergeTag(themes[1].tag.id, into: themes[0].tag.id)
        let merged = try ClientAnalyticsMaterial.load(store: store, clientID: clientID)
        let rows = TimelineGrid.build(sessions: merged.sessions, tags: merged.tags).rows
        XCTAssertFalse(rows.contains { $0.tag.id == themes[1].tag.id }, "the merged code is gone")
        XCTAssertGreaterThanOrEqual(rows.first { $0.tag.id == themes[0].tag.id }?.count ?? 0, themes[0].count)
    }

    func testMaterialReadWithoutNotesEqualsTheStoresAnalyticsInput() throws {
        let fixture = try TimelineTestStore.shared()
        let clientID = fixture.clientIDs[0]
        let material = try ClientAnalyticsMaterial.read(store: fixture.store, clientID: clientID)
        let input = try fixture.store.analyticsInput(clientID: clientID)
        XCTAssertEqual(material.sessions, input.sessions)
        XCTAssertEqual(material.episodes, input.episodes)
        for session in material.sessions {
            let stored = try fixture.store.observations(sessionID: session.id).map { "\($0.observation.tagID):\($0.observation.intensity)" }
            XCTAssertEqual(session.observations.map { "\($0.tagID):\($0.intensity)" }.sorted(), stored.sorted(), "session \(session.number)")
        }
    }

    func testMaterialReadAgainAfterAnotherProcessAddsAnObservation() throws {
        let fixture = try TimelineTestStore.demo(clients: 1)
        let clientID = fixture.clientIDs[0]
        let before = try ClientAnalyticsMaterial.load(store: fixture.store, clientID: clientID)
        let session = try XCTUnwrap(before.sessions.last)
        let shown = Set(session.observations.map(\.tagID))
        let tag = try XCTUnwrap(before.tags.first { !shown.contains($0.id) })
        // Another process (`casebook` in a second terminal) writes through its own connection.
        let other = try CaseStore(url: fixture.folder.appendingPathComponent("casebook.sqlite"))
        _ = try other.addObservation(sessionID: session.id, tagID: tag.id)
        try other.close()
        let after = try ClientAnalyticsMaterial.load(store: fixture.store, clientID: clientID)
        XCTAssertTrue(try XCTUnwrap(after.sessions.last).observations.contains { $0.tagID == tag.id })
    }

    func testTimelineMaterialIsTheAnalyticsMaterialWithoutItsEpisodes() throws {
        let fixture = try TimelineTestStore.shared()
        for clientID in fixture.clientIDs {
            let full = try ClientAnalyticsMaterial.read(store: fixture.store, clientID: clientID)
            let timeline = try TimelineMaterial.read(store: fixture.store, clientID: clientID)
            XCTAssertEqual(timeline, TimelineMaterial(full), "client #\(clientID)")
            XCTAssertFalse(timeline.sessions.allSatisfy(\.observations.isEmpty), "client #\(clientID) has observations")
        }
    }

    func testTimelineOpenedAgainAfterAnotherProcessWritesShowsTheNewCell() throws {
        let fixture = try TimelineTestStore.demo(clients: 1)
        let clientID = fixture.clientIDs[0]
        let before = try TimelineScreen.open(clientID: clientID, store: fixture.store, now: Date())
        let lastColumn = try XCTUnwrap(before.grid.columns.indices.last)
        let shown = Set(before.grid.rows.filter { $0.cell(at: lastColumn) != nil }.map(\.tag.id))
        let tag = try XCTUnwrap(before.material.tags.first { !shown.contains($0.id) })
        let sessionID = try XCTUnwrap(before.material.sessions.last?.id)
        let other = try CaseStore(url: fixture.folder.appendingPathComponent("casebook.sqlite"))
        _ = try other.addObservation(sessionID: sessionID, tagID: tag.id, intensity: 3)
        try other.close()
        let after = try TimelineScreen.open(clientID: clientID, store: fixture.store, now: Date())
        let row = try XCTUnwrap(after.grid.rows.firstIndex { $0.tag.id == tag.id }, "the code has a row")
        XCTAssertEqual(after.grid.cell(row: row, column: lastColumn)?.intensity, 3)
    }
}
