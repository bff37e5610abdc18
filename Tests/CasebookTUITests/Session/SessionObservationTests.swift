import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

final class SessionObservationTests: XCTestCase {
    func testManualObservationIsAddedEditedAndRemoved() throws {
        let h = try SessionHarness()
        h.type("He smiled at the bad news. Then went quiet.")
        h.key(.left)
        h.key(.left)
        h.key(.left)
        h.key(.escape)
        h.key(.char("a"))
        guard case .pickTag? = h.state.overlay else { return XCTFail("a did not open the code picker") }
        h.type("denial")
        h.key(.enter)
        guard case .pickIntensity? = h.state.overlay else { return XCTFail("no intensity step") }
        h.key(.char("3"))
        guard case .enterEvidence(_, _, let evidence)? = h.state.overlay else { return XCTFail("no evidence step") }
        XCTAssertEqual(evidence.text, "Then went quiet.", "evidence should default to the sentence at the cursor")
        h.key(.enter)
        var stored = try h.storedObservations()
        XCTAssertEqual(stored.count, 1)
        XCTAssertEqual(stored[0].tag.slug, "denial")
        XCTAssertEqual(stored[0].observation.intensity, 3)
        XCTAssertEqual(stored[0].observation.source, .manual)
        XCTAssertEqual(stored[0].observation.evidence, "Then went quiet.")

        h.key(.tab)
        XCTAssertEqual(h.state.focus, .observations)
        h.key(.char("1"))
        XCTAssertEqual(try h.storedObservations().first?.observation.intensity, 1)

        h.key(.char("e"))
        guard case .editObservation? = h.state.overlay else { return XCTFail("e did not open the form") }
        h.key(.tab)
        h.key(.tab)
        h.type("ask about father")
        h.key(.enter)
        stored = try h.storedObservations()
        XCTAssertEqual(stored.first?.observation.comment, "ask about father")

        h.key(.char("d"))
        guard case .confirmRemove? = h.state.overlay else { return XCTFail("d did not ask to confirm") }
        h.key(.escape)
        XCTAssertEqual(try h.storedObservations().count, 1, "Esc removed it anyway")
        h.key(.char("d"))
        h.key(.char("y"))
        XCTAssertTrue(try h.storedObservations().isEmpty)
        XCTAssertTrue(h.state.observations.isEmpty)
    }

    func testInlineObservationsCannotBeRemovedOrRescoredFromThePane() throws {
        let h = try SessionHarness(note: "She joked about it #humor.")
        h.type(" ")
        h.tick(1)
        XCTAssertEqual(h.state.observations.count, 1)
        h.key(.tab)
        h.key(.char("d"))
        XCTAssertNil(h.state.overlay)
        XCTAssertTrue(h.state.message?.contains("remove #humor from the note") ?? false, h.state.message ?? "")
        h.key(.char("3"))
        XCTAssertEqual(try h.storedObservations().first?.observation.intensity, 2)
        XCTAssertEqual(try h.storedObservations().count, 1)
    }

    func testInlineObservationSaysItFollowsTheNoteAndOnlyItsCommentIsEdited() throws {
        let h = try SessionHarness(note: "She joked about it #humor.")
        h.type(" ")
        h.tick(1)
        h.key(.tab)
        h.key(.enter)
        guard case .editObservation(let form)? = h.state.overlay else { return XCTFail("no form") }
        XCTAssertEqual(form.editableFields, [.comment])
        h.type("first time")
        h.key(.enter)
        let stored = try XCTUnwrap(try h.storedObservations().first)
        XCTAssertEqual(stored.observation.comment, "first time")
        XCTAssertEqual(stored.observation.source, .inline)
        let lines = h.screen(width: 120, height: 40)
        XCTAssertTrue(lines.contains { $0.contains("inline") })
    }
}
