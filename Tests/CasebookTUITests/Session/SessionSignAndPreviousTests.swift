import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

final class SessionSignAndPreviousTests: XCTestCase {
    func testSigningSavesFreezesTheNoteAndAnAmendmentIsSaved() throws {
        let h = try SessionHarness()
        h.type("Final words before signing")
        h.key(.escape)
        h.key(.char("S"))
        guard case .confirmSign? = h.state.overlay else { return XCTFail("S did not ask to confirm") }
        let dialog = h.screen(width: 80, height: 24).joined(separator: "\n")
        XCTAssertTrue(dialog.contains("read-only"), dialog)
        XCTAssertTrue(dialog.contains("amendments"), dialog)
        h.key(.char("y"))
        XCTAssertTrue(h.state.isSigned)
        XCTAssertNotNil(try h.store.session(id: h.sessionID)?.signedAt)
        XCTAssertEqual(try h.stored(), "Final words before signing", "text typed before signing was not saved first")

        h.key(.char("i"))
        h.type("sneaky edit")
        h.send(.paste("pasted edit"))
        XCTAssertEqual(h.state.process.text, "Final words before signing")
        XCTAssertTrue(h.state.message?.contains("read-only") ?? false)
        h.tick(1)
        XCTAssertEqual(try h.stored(), "Final words before signing")

        h.key(.escape)
        h.key(.char("A"))
        guard case .amendment? = h.state.overlay else { return XCTFail("A did not open the amendment editor") }
        XCTAssertTrue(h.state.isEditingText)
        h.type("Client called the next day.")
        h.key(.ctrl("s"))
        XCTAssertNil(h.state.overlay)
        let amendments = try h.store.amendments(sessionID: h.sessionID)
        XCTAssertEqual(amendments.map(\.body), ["Client called the next day."])
        XCTAssertEqual(amendments.first?.layer, .process)
        XCTAssertTrue(h.screen().contains { $0.contains("Amendments (1)") })
        XCTAssertEqual(try h.stored(), "Final words before signing")
    }

    func testCancellingTheSignDialogLeavesTheNoteEditable() throws {
        let h = try SessionHarness()
        h.key(.escape)
        h.key(.char("S"))
        h.key(.escape)
        XCTAssertNil(h.state.overlay)
        XCTAssertFalse(h.state.isSigned)
        XCTAssertNil(try h.store.session(id: h.sessionID)?.signedAt)
    }

    func testAmendBeforeSigningIsRefusedWithAReason() throws {
        let h = try SessionHarness()
        h.key(.escape)
        h.key(.char("A"))
        XCTAssertNil(h.state.overlay)
        XCTAssertTrue(h.state.message?.contains("Not signed") ?? false)
    }

    func testPreviousSessionOverlayShowsItsDateFirstLinesAndTags() throws {
        let h = try SessionHarness(previousNotes: [
            "Old session text",
            "Dreamt of a flood in the kitchen.\nShe laughed it off #humor? and changed the subject #denial!\n\nThird line",
        ])
        h.key(.escape)
        h.key(.char("p"))
        guard case .previousSession(let summary?)? = h.state.overlay else { return XCTFail("no previous session") }
        XCTAssertEqual(summary.number, 2)
        let lines = h.screen(width: 120, height: 40)
        let text = lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Session 2 · \(SessionFormat.dateTime(summary.startedAt))"), text)
        XCTAssertTrue(text.contains("Dreamt of a flood in the kitchen."), text)
        XCTAssertTrue(text.contains("Third line"), text)
        XCTAssertTrue(text.contains("#humor ●○○"), text)
        XCTAssertTrue(text.contains("#denial ●●●"), text)
        XCTAssertFalse(text.contains("Old session text"), "showed the wrong session")
        h.key(.escape)
        XCTAssertNil(h.state.overlay)
    }

    func testFirstSessionSaysThereIsNoPreviousOne() throws {
        let h = try SessionHarness()
        h.key(.escape)
        h.key(.char("p"))
        XCTAssertTrue(h.screen().contains { $0.contains("This is the client's first session.") })
    }
}

extension SessionSignAndPreviousTests {
    func testASignedSessionOpensReadOnlyWithItsAmendments() throws {
        let h = try SessionHarness(note: "Signed yesterday.")
        try h.store.sign(sessionID: h.sessionID)
        try h.store.amend(sessionID: h.sessionID, layer: .process, text: "Phoned to cancel next week.")
        h.state = try SessionScreen.open(sessionID: h.sessionID, store: h.store, now: h.now)
        XCTAssertEqual(h.state.focus, .commands)
        XCTAssertFalse(h.state.isEditingText)
        let lines = h.screen(width: 80, height: 24)
        XCTAssertTrue(lines[0].contains("signed"), lines[0])
        XCTAssertTrue(lines.contains { $0.contains("Amendments (1)") })
        XCTAssertTrue(lines.contains { $0.contains("Phoned to cancel next week.") })
        h.key(.char("i"))
        h.type("x")
        h.key(.backspace)
        XCTAssertEqual(h.state.process.text, "Signed yesterday.")
        XCTAssertFalse(h.state.hasUnsavedText)
    }
}
