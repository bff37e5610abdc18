import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

final class SessionAutosaveTests: XCTestCase {
    func testTypingIsSavedHalfASecondAfterTheLastKeyAndNotBefore() throws {
        let h = try SessionHarness()
        h.type("She was late again.")
        h.tick(0.25)
        XCTAssertEqual(try h.stored(), "", "saved before typing paused")
        XCTAssertEqual(SessionScreen.statusText(h.state), "Editing…")
        h.tick(0.25)
        XCTAssertEqual(try h.stored(), "She was late again.")
        XCTAssertTrue(SessionScreen.statusText(h.state).hasPrefix("Saved "))
    }

    func testContinuousTypingReachesTheStoreEverySecond() throws {
        let h = try SessionHarness()
        let text = Array("Nobody ever waits for me, she said, and laughed.")
        var typed = ""
        var savedSnapshots: [String] = []
        for (i, c) in text.enumerated() {
            h.type(String(c))
            typed.append(c)
            h.tick(0.1)
            let stored = try h.stored()
            if stored != savedSnapshots.last ?? "" { savedSnapshots.append(stored) }
            // Never more than a second of typing (ten keys here) missing from the store.
            XCTAssertGreaterThanOrEqual(stored.count + 10, typed.count, "after key \(i)")
        }
        XCTAssertGreaterThanOrEqual(savedSnapshots.count, 4, "continuous typing saved only \(savedSnapshots.count) times")
        h.tick(0.5)
        XCTAssertEqual(try h.stored(), String(text))
    }

    func testFlushSavesBothLayersAtOnce() throws {
        let h = try SessionHarness()
        h.type("Process words")
        h.key(.ctrl("t"))
        h.type("Record words")
        let answers = SessionScreen.flush(&h.state, store: h.store)
        XCTAssertFalse(answers.isEmpty)
        XCTAssertEqual(try h.stored(.process), "Process words")
        XCTAssertEqual(try h.stored(.record), "Record words")
        XCTAssertFalse(h.state.hasUnsavedText)
    }

    func testAFailedSaveKeepsTheTextAndRetriesAfterASecondNotOnEveryTick() throws {
        let h = try SessionHarness()
        let url = h.store.url
        try h.store.close()
        h.type("Do not lose this")
        h.tick(0.6)
        XCTAssertTrue(SessionScreen.statusText(h.state).hasPrefix("Save failed: "), SessionScreen.statusText(h.state))
        XCTAssertTrue(SessionScreen.statusText(h.state).contains("(your text is kept)"))
        XCTAssertEqual(h.state.process.text, "Do not lose this")
        h.store = try CaseStore(url: url)
        let savesBefore = h.saves
        h.tick(0.25)
        h.tick(0.25)
        XCTAssertEqual(h.saves, savesBefore, "a failed save is not retried on every tick")
        h.tick(0.5)
        XCTAssertEqual(try h.stored(), "Do not lose this")
        XCTAssertTrue(SessionScreen.statusText(h.state).hasPrefix("Saved "))
    }

    func testClosingSavesFirstThenCloses() throws {
        let h = try SessionHarness()
        h.type("Last words")
        h.key(.escape)
        XCTAssertFalse(h.closed)
        h.key(.char("q"))
        XCTAssertTrue(h.closed)
        XCTAssertTrue(SessionScreen.wantsClose(h.state))
        XCTAssertEqual(try h.stored(), "Last words")
    }

    func testAFailedSaveKeepsTheScreenOpen() throws {
        let h = try SessionHarness()
        try h.store.close()
        h.type("Unsaved")
        h.key(.escape)
        h.key(.char("q"))
        XCTAssertFalse(h.closed)
        XCTAssertFalse(SessionScreen.wantsClose(h.state))
        XCTAssertEqual(h.state.process.text, "Unsaved")
    }

    func testOneEditingVisitKeepsOneRevisionWhateverTheNumberOfSaves() throws {
        let h = try SessionHarness(note: "Earlier text")
        for word in ["one ", "two ", "three "] {
            h.type(word)
            h.tick(1)
        }
        XCTAssertEqual(h.saves, 3)
        XCTAssertEqual(try h.store.revisions(sessionID: h.sessionID, layer: .process).count, 1)
    }
}
