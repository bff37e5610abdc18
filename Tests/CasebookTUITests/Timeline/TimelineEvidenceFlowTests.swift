import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

/// The evidence under the Timeline's grid is read for the cell under the cursor; these follow
/// it through what a clinician does around it: opening the session from a cell, editing the
/// note there, coming back, and another terminal writing meanwhile.
final class TimelineEvidenceFlowTests: XCTestCase {
    private struct Missing: Error {
        var what: String
    }

    private func timeline(_ h: AppHarness) throws -> TimelineState {
        guard case let .component(screen)? = h.state.stack.last, let hosted = screen as? Hosted<TimelineScreen> else {
            throw Missing(what: "the Timeline on top")
        }
        return hosted.state
    }

    /// The first client's Timeline, its cursor moved with keys to the first cell whose
    /// observation has evidence.
    private func timelineOnEvidence(_ f: StoreFixture) throws -> (harness: AppHarness, sessionID: Int64, tagID: Int64) {
        var h = f.harness(size: Size(width: 120, height: 40))
        h.key(.enter)
        h.key(.char("6"))
        h.key(.enter)
        let state = try timeline(h)
        for (row, gridRow) in state.grid.rows.enumerated() {
            for cell in gridRow.cells {
                let sessionID = state.columnSessionIDs[cell.column]
                let stored = try f.store.observations(sessionID: sessionID)
                    .filter { $0.observation.tagID == gridRow.tag.id && $0.observation.spanStart != nil }
                guard stored.contains(where: { !$0.observation.evidence.isEmpty }) else { continue }
                h.type("gg0")
                for _ in 0..<row { h.key(.char("j")) }
                for _ in 0..<cell.column { h.key(.right) }
                return (h, sessionID, gridRow.tag.id)
            }
        }
        throw Missing(what: "a cell of the demo's first client with inline evidence")
    }

    func testEditingTheNoteOpenedFromACellShowsTheNewEvidenceOnReturn() throws {
        let f = try StoreFixture(demo: true)
        var (h, sessionID, tagID) = try timelineOnEvidence(f)
        let before = try XCTUnwrap(try timeline(h).cursorEvidence)
        XCTAssertFalse(before.observations.contains { $0.evidence.contains("Zebrafinch") })
        let span = try XCTUnwrap(before.spanStart)

        h.key(.enter)
        guard case let .session(session)? = h.state.stack.last else { return XCTFail("Enter opened no session: \(h.screen)") }
        XCTAssertEqual(session.session.id, sessionID)
        XCTAssertEqual(session.process.editor.cursorScalarOffset, span, "the note opens at the cell's #tag")

        // Typed at the tag, so the words join the tag's sentence, which is its evidence.
        h.type("Zebrafinch ")
        h.key(.escape)
        h.key(.char("q"))
        let back = try timeline(h)
        XCTAssertEqual(back.cursorSessionID, sessionID, "back on the same cell")
        XCTAssertEqual(back.cursorTag?.id, tagID)
        let after = try XCTUnwrap(back.cursorEvidence)
        XCTAssertTrue(after.observations.contains { $0.evidence.contains("Zebrafinch") }, "\(after.observations.map(\.evidence))")
        XCTAssertTrue(h.screen.contains("Zebrafinch"), h.screen)
    }

    func testAnObservationAnotherTerminalAddsShowsWhenTheCursorComesBack() throws {
        let f = try StoreFixture(demo: true)
        var (h, sessionID, tagID) = try timelineOnEvidence(f)
        let count = try XCTUnwrap(try timeline(h).cursorEvidence).observations.count

        let other = try CaseStore(url: f.directory.appendingPathComponent("casebook.sqlite"))
        _ = try other.addObservation(sessionID: sessionID, tagID: tagID, intensity: 3, evidence: "Said it from the doorway")
        try other.close()

        h.key(.char("l"))
        h.key(.char("h"))
        let evidence = try XCTUnwrap(try timeline(h).cursorEvidence)
        XCTAssertEqual(evidence.observations.count, count + 1)
        XCTAssertTrue(h.screen.contains("Said it from the doorway"), h.screen)
        // R reads the grid again too: the cell now counts the new observation.
        h.key(.char("R"))
        let reloaded = try timeline(h)
        XCTAssertEqual(reloaded.cursorCell?.observations, count + 1)
        XCTAssertEqual(reloaded.cursorCell?.intensity, 3)
    }
}
