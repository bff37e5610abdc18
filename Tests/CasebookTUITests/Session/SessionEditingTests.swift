import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

final class SessionEditingTests: XCTestCase {
    func testLayerToggleKeepsBothDraftsAndSavesTheOneLeft() throws {
        let h = try SessionHarness()
        h.type("Dream about a locked house.")
        h.key(.ctrl("t"))
        XCTAssertEqual(h.state.layer, .record)
        XCTAssertEqual(try h.stored(.process), "Dream about a locked house.", "toggling did not save the layer left")
        h.type("Attended; no risk.")
        h.key(.ctrl("t"))
        XCTAssertEqual(h.state.layer, .process)
        XCTAssertEqual(h.state.process.text, "Dream about a locked house.")
        XCTAssertEqual(h.state.record.text, "Attended; no risk.")
        h.tick(1)
        XCTAssertEqual(try h.stored(.record), "Attended; no risk.")
    }

    func testPasteFullOfCommandKeysBecomesNoteTextAndTriggersNothing() throws {
        let h = try SessionHarness()
        let pasted = ":q\nS\u{03}A p ? t\u{1B}[A\u{11}"
        h.send(.paste(pasted))
        XCTAssertEqual(h.state.process.text, pasted)
        XCTAssertFalse(h.closed)
        XCTAssertNil(h.state.overlay)
        XCTAssertFalse(h.state.isSigned)
        XCTAssertEqual(h.state.layer, .process)
        XCTAssertTrue(h.state.isEditingText)
        h.tick(1)
        XCTAssertEqual(try h.stored(), pasted)
    }

    func testPasteWhileInCommandModeStillGoesIntoTheNote() throws {
        let h = try SessionHarness()
        h.key(.escape)
        XCTAssertFalse(h.state.isEditingText)
        h.send(.paste("q"))
        XCTAssertFalse(h.closed)
        XCTAssertEqual(h.state.process.text, "q")
        XCTAssertEqual(h.state.focus, .editor)
    }

    func testTypedLettersAreTextInTheEditorAndCommandsAfterEsc() throws {
        let h = try SessionHarness()
        h.type("qpS")
        XCTAssertEqual(h.state.process.text, "qpS")
        XCTAssertNil(h.state.overlay)
        h.key(.escape)
        h.key(.char("p"))
        guard case .previousSession? = h.state.overlay else { return XCTFail("p did not open the previous session") }
    }

    func testInlineTagsTypedBecomeObservationsAfterSave() throws {
        let h = try SessionHarness()
        h.type("She laughed it off #humor. It hurt #isolation-of-affects!")
        h.tick(1)
        let observations = try h.storedObservations()
        XCTAssertEqual(observations.map(\.tag.slug), ["humor", "isolation-of-affects"])
        XCTAssertEqual(observations.map(\.observation.intensity), [2, 3])
        XCTAssertEqual(observations.first?.observation.source, .inline)
        XCTAssertEqual(h.state.observations.map(\.tag.slug), ["humor", "isolation-of-affects"], "pane not re-synced")
    }

    func testUnknownSlugIsListedThenAcceptedAsATheme() throws {
        let h = try SessionHarness()
        h.type("Nobody waits for her #abandonment.")
        h.tick(1)
        XCTAssertEqual(h.state.unknownTags.map(\.written), ["abandonment"])
        XCTAssertTrue(h.screen().contains { $0.contains("unknown: #abandonment — a to add as theme") })
        h.key(.tab)
        XCTAssertEqual(h.state.focus, .observations)
        h.key(.char("G"))
        h.key(.char("a"))
        XCTAssertTrue(h.state.unknownTags.isEmpty)
        let observations = try h.storedObservations()
        XCTAssertEqual(observations.map(\.tag.slug), ["abandonment"])
        XCTAssertEqual(observations.first?.tag.category, .theme)
        XCTAssertEqual(h.state.observations.map(\.tag.slug), ["abandonment"])
        XCTAssertNotNil(h.state.codebook.category(ofCategory: nil, slug: "abandonment"), "highlighting still thinks it unknown")
    }

    func testHashOpensCompletionFilteredByWhatFollowsAndEnterInserts() throws {
        let h = try SessionHarness()
        h.type("It was funny #")
        let all = try XCTUnwrap(h.state.completion).matches.count
        XCTAssertGreaterThan(all, 10)
        h.type("isol")
        let picker = try XCTUnwrap(h.state.completion)
        XCTAssertLessThan(picker.matches.count, all)
        XCTAssertEqual(picker.selectedItem?.id, "isolation-of-affects")
        h.key(.enter)
        XCTAssertEqual(h.state.process.text, "It was funny #isolation-of-affects")
        XCTAssertNil(h.state.completion)
        h.type("!")
        XCTAssertEqual(h.state.process.text, "It was funny #isolation-of-affects!")
    }

    func testEscDismissesCompletionAndLeavesTheTextAsTyped() throws {
        let h = try SessionHarness()
        h.type("#hum")
        XCTAssertNotNil(h.state.completion)
        h.key(.escape)
        XCTAssertNil(h.state.completion)
        XCTAssertEqual(h.state.focus, .editor, "Esc closed the popup and also left the editor")
        XCTAssertEqual(h.state.process.text, "#hum")
        h.type("or")
        XCTAssertNil(h.state.completion, "popup came back for the dismissed tag")
        h.type(" #")
        XCTAssertNotNil(h.state.completion, "popup did not open for the next tag")
    }

    func testTabInsertsTheCompletionToo() throws {
        let h = try SessionHarness()
        h.type("#denia")
        h.key(.tab)
        XCTAssertEqual(h.state.process.text, "#denial")
        XCTAssertEqual(h.state.focus, .editor)
    }

    func testHighlightMarksFollowEditsInsideALineWithoutAFullReparse() throws {
        let h = try SessionHarness(note: "First line #humor.\nSecond #denial here.")
        XCTAssertEqual(h.state.marks.marks.map(\.slug), ["humor", "denial"])
        let denialStart = try XCTUnwrap(h.state.marks.marks.last).span.lowerBound
        h.key(KeyEvent(.home, modifiers: .ctrl))
        h.type("Very ")
        XCTAssertFalse(h.state.marks.isStale)
        XCTAssertEqual(h.state.marks.marks.map(\.slug), ["humor", "denial"])
        XCTAssertEqual(h.state.marks.marks.last?.span.lowerBound, denialStart + 5)
        XCTAssertEqual(h.state.marks.marks.first?.span, 16..<22)
        h.key(.enter)
        XCTAssertTrue(h.state.marks.isStale, "a line break should defer to the tick")
        h.tick(0.25)
        XCTAssertFalse(h.state.marks.isStale)
        XCTAssertEqual(h.state.marks.marks.map(\.slug), ["humor", "denial"])
        XCTAssertEqual(h.state.marks.marks.last?.span.lowerBound, denialStart + 6)
    }
}

extension SessionEditingTests {
    func testACategoryBeforeTheSlashNarrowsCompletionAndIsKept() throws {
        let h = try SessionHarness()
        h.type("Warm toward me #transference/pos")
        let picker = try XCTUnwrap(h.state.completion)
        XCTAssertEqual(picker.selectedItem?.id, "transference/positive")
        XCTAssertTrue(picker.matches.allSatisfy { $0.item.detail == TagCategory.transference.displayName })
        h.key(.enter)
        XCTAssertEqual(h.state.process.text, "Warm toward me #transference/positive")
    }
}

extension SessionEditingTests {
    func testAHalfTypedTagSavedByAutosaveIsNotOfferedAsUnknownWhileStillTyped() throws {
        let h = try SessionHarness()
        h.type("She joked #hum")
        h.tick(1)
        XCTAssertEqual(h.state.unknownTags.map(\.written), ["hum"], "the store saw the partial tag")
        XCTAssertFalse(h.screen().contains { $0.contains("unknown: #hum") })
        h.key(.escape)
        h.key(.escape)
        XCTAssertTrue(h.screen().contains { $0.contains("unknown: #hum") }, "once typing stops it is listed")
    }
}
