import CasebookCore
@testable import CasebookTUI
import Foundation
import TerminalKit
import XCTest

final class FormulationScreenTests: XCTestCase {
    var fixture: CaseworkFixture!
    let theme = Theme.builtinDefault

    override func setUpWithError() throws { fixture = try CaseworkFixture.make() }
    override func tearDown() { fixture.remove() }

    /// Feeds inputs, running every effect against the store and feeding its results back.
    @discardableResult
    func send(_ state: inout FormulationState, _ inputs: [FormulationInput]) -> [FormulationEffect] {
        var all: [FormulationEffect] = []
        var queue = inputs
        while !queue.isEmpty {
            let effects = FormulationScreen.update(&state, queue.removeFirst())
            all += effects
            for effect in effects { queue += FormulationScreen.run(effect, store: fixture.store, now: fixture.clock.now) }
        }
        return all
    }

    func keys(_ events: [KeyEvent]) -> [FormulationInput] { events.map { .key($0) } }

    func testEditingAFieldAndLeavingItSavesAndKeepsTheEarlierWordingAsARevision() throws {
        try fixture.store.saveFormulation(Formulation(clientID: fixture.clientID, presentingProblem: "Low mood since the move."))
        fixture.clock.advance(3600)
        var state = try FormulationScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)

        send(&state, keys([KeyEvent(.enter)]))
        XCTAssertTrue(FormulationScreen.isEditingText(state))
        let effects = send(&state, keys(typing(" Sleeps badly.") + [KeyEvent(.escape)]))

        XCTAssertEqual(effects.count, 1)
        XCTAssertFalse(state.isEditing)
        XCTAssertEqual(try fixture.store.formulation(clientID: fixture.clientID)?.presentingProblem, "Low mood since the move. Sleeps badly.")
        let revisions = try fixture.store.formulationRevisions(clientID: fixture.clientID)
        XCTAssertEqual(revisions.map(\.presentingProblem), ["Low mood since the move."])
        XCTAssertFalse(state.hasUnsavedChanges)
    }

    func testCtrlSLeavesTheFieldAndSavesIt() throws {
        var state = try FormulationScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, keys(typing("jj") + [KeyEvent(.enter)] + typing("Wish to be loved, met by rejection.") + [KeyEvent.ctrl("s")]))
        XCTAssertEqual(state.selectedField, .ccrtSummary)
        XCTAssertFalse(state.isEditing)
        XCTAssertEqual(try fixture.store.formulation(clientID: fixture.clientID)?.ccrtSummary, "Wish to be loved, met by rejection.")
    }

    func testTypingIsSavedHalfASecondAfterTheFirstTickThatSawItWithoutLeavingTheField() throws {
        var state = try FormulationScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        let t0 = fixture.clock.now
        send(&state, keys([KeyEvent(.enter)] + typing("Panic at work")))
        XCTAssertEqual(send(&state, [.tick(t0)]), [])
        XCTAssertEqual(send(&state, [.tick(t0.addingTimeInterval(0.25))]), [])
        XCTAssertNil(try fixture.store.formulation(clientID: fixture.clientID))
        XCTAssertEqual(FormulationScreen.statusText(state), "Unsaved…")

        let saves = send(&state, [.tick(t0.addingTimeInterval(0.5))])
        XCTAssertEqual(saves.count, 1)
        XCTAssertTrue(state.isEditing, "autosave keeps the field open")
        XCTAssertEqual(try fixture.store.formulation(clientID: fixture.clientID)?.presentingProblem, "Panic at work")
        XCTAssertTrue(FormulationScreen.statusText(state).hasPrefix("Saved "))
        XCTAssertEqual(send(&state, [.tick(t0.addingTimeInterval(3))]), [], "nothing more to save")
    }

    /// SPEC §9: `kill -9` while typing loses at most the last second, so typing on without a
    /// pause must not put the save off (it once did, and a minute of typing could be lost).
    func testContinuousTypingDoesNotPostponeTheAutosave() throws {
        var state = try FormulationScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        let t0 = fixture.clock.now
        send(&state, keys([KeyEvent(.enter)] + typing("a")))
        send(&state, [.tick(t0)])
        send(&state, keys(typing("b")))
        XCTAssertEqual(send(&state, [.tick(t0.addingTimeInterval(0.25))]), [])
        send(&state, keys(typing("c")))
        XCTAssertEqual(send(&state, [.tick(t0.addingTimeInterval(0.5))]).count, 1, "keystrokes do not restart the wait")
        XCTAssertEqual(try fixture.store.formulation(clientID: fixture.clientID)?.presentingProblem, "abc")
        send(&state, keys(typing("d")))
        XCTAssertEqual(send(&state, [.tick(t0.addingTimeInterval(0.75))]), [])
        XCTAssertEqual(send(&state, [.tick(t0.addingTimeInterval(1.0))]).count, 1, "the next keys are saved half a second on")
        XCTAssertEqual(try fixture.store.formulation(clientID: fixture.clientID)?.presentingProblem, "abcd")
    }

    func testAFailedSaveKeepsTheTextAndTriesAgain() throws {
        var state = try FormulationScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, keys([KeyEvent(.enter)] + typing("Fear of being left")))
        _ = FormulationScreen.update(&state, .key(KeyEvent(.escape)))
        _ = FormulationScreen.update(&state, .failed("disk full"))
        XCTAssertEqual(state.formulation.presentingProblem, "Fear of being left")
        XCTAssertTrue(state.hasUnsavedChanges)
        XCTAssertEqual(state.request, .status("Formulation not saved: disk full. The text stays on screen and is retried."))
        let t0 = fixture.clock.now
        send(&state, [.tick(t0)])
        send(&state, [.tick(t0.addingTimeInterval(1))])
        XCTAssertEqual(try fixture.store.formulation(clientID: fixture.clientID)?.presentingProblem, "Fear of being left")
        XCTAssertNil(state.saveError)
    }

    func testHistoryListsEarlierWordingsOfTheFieldWithDatesAndCanRestoreOne() throws {
        var state = try FormulationScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        for wording in ["First idea", "Second idea"] {
            send(&state, keys([KeyEvent(.enter)] + Array(repeating: KeyEvent(.backspace), count: 20)))
            send(&state, keys(typing(wording) + [KeyEvent(.escape)]))
            fixture.clock.advance(86_400)
        }
        XCTAssertEqual(state.formulation.presentingProblem, "Second idea")
        send(&state, keys([key("H")]))
        let history = try XCTUnwrap(state.history)
        XCTAssertEqual(history.versions.map(\.text), ["First idea"])

        let screen = CaseworkFixture.render(CaseworkFixture.large) {
            FormulationScreen.render(state, in: $0, buffer: &$1, theme: theme, codeOnly: true)
        }.lines
        assertContains(screen, "Presenting problem: earlier versions")
        assertContains(screen, "written 2026-01-01")
        assertContains(screen, "First idea")

        send(&state, keys([key("r")]))
        XCTAssertNil(state.history)
        XCTAssertEqual(try fixture.store.formulation(clientID: fixture.clientID)?.presentingProblem, "First idea")
        XCTAssertEqual(try fixture.store.formulationRevisions(clientID: fixture.clientID).first?.presentingProblem, "Second idea")
    }

    func testRendersAllSixFieldsWithTheirTextAndTheDateOfTheLastSave() throws {
        try fixture.store.saveFormulation(Formulation(
            clientID: fixture.clientID, presentingProblem: "Low mood since the move.", coreConflict: "Longing for closeness against fear of engulfment.",
            treatmentGoals: "Tolerate dependency in the room."))
        var state = try FormulationScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        let large = CaseworkFixture.render(CaseworkFixture.large) {
            FormulationScreen.render(state, in: $0, buffer: &$1, theme: theme, codeOnly: true)
        }.lines
        assertContains(large, "Formulation · updated 2026-01-01")
        for field in FormulationField.allCases { assertContains(large, field.title) }
        assertContains(large, "▸ Presenting problem")
        assertContains(large, "Longing for closeness against fear of engulfment.")

        send(&state, keys(typing("G") + [KeyEvent(.enter)]))
        let small = CaseworkFixture.render(CaseworkFixture.small) {
            FormulationScreen.render(state, in: $0, buffer: &$1, theme: theme, codeOnly: true)
        }
        assertContains(small.lines, "▸ Treatment goals")
        assertContains(small.lines, "Tolerate dependency in the room.")
        XCTAssertNotNil(small.cursor, "the editor puts the cursor in the field")
    }

    func testAMultiLinePasteLandsInTheFieldWhole() throws {
        var state = try FormulationScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, keys(typing("j") + [KeyEvent(.enter)]) + [.paste("Wish for closeness\nmet by fear of engulfment\n:q")] + keys([KeyEvent(.escape)]))
        XCTAssertEqual(try fixture.store.formulation(clientID: fixture.clientID)?.coreConflict,
                       "Wish for closeness\nmet by fear of engulfment\n:q")
        XCTAssertNil(state.request, "pasted text is never taken as commands")
    }

    func testUpMovesByWrappedRowsOnceTheAreaSizeIsKnown() throws {
        let paragraph = String(repeating: "She keeps people at a distance. ", count: 6)
        try fixture.store.saveFormulation(Formulation(clientID: fixture.clientID, presentingProblem: paragraph))
        var state = try FormulationScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, [.resized(Size(width: 80, height: 22))] + keys([KeyEvent(.enter), KeyEvent(.up)]))
        let editor = try XCTUnwrap(state.editor)
        XCTAssertEqual(editor.cursor.line, 0)
        XCTAssertGreaterThan(editor.cursor.column, 0, "one screen row up, not to the start of the text")
        XCTAssertLessThan(editor.cursor.column, paragraph.count - 40)
    }
}
