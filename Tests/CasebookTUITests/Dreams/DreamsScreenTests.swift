import CasebookCore
@testable import CasebookTUI
import Foundation
import TerminalKit
import XCTest

final class DreamsScreenTests: XCTestCase {
    var fixture: CaseworkFixture!
    let theme = Theme.builtinDefault
    let note = "We talked about the week. She dreamt of a flooded station and nobody came #dream. Then the weather."

    override func setUpWithError() throws {
        fixture = try CaseworkFixture.make()
        let dream = try fixture.store.addTag(category: .dream, name: "Dream", slug: "dream")
        let memory = try fixture.store.addTag(category: .memory, name: "Early memory", slug: "early-memory")
        try fixture.store.addObservation(sessionID: fixture.sessionID(1), tagID: XCTUnwrap(memory.id), intensity: 3,
                                         evidence: "Aged five, waiting alone at the school gate.", comment: "first time told")
        try fixture.store.saveNote(sessionID: fixture.sessionID(3), layer: .process, text: note, visit: EditingVisit())
        try fixture.store.addObservation(sessionID: fixture.sessionID(3), tagID: XCTUnwrap(dream.id), evidence: "A house with no doors.")
        try fixture.store.addObservation(sessionID: fixture.sessionID(2), tagID: fixture.tagID(.defense, "humor"), evidence: "Laughed it off.")
    }

    override func tearDown() { fixture.remove() }

    func render(_ state: DreamsState, _ size: Size) -> [String] {
        CaseworkFixture.render(size) { DreamsScreen.render(state, in: $0, buffer: &$1, theme: theme, codeOnly: true) }.lines
    }

    func testListsDreamsAndMemoriesBySessionWithTheirEvidence() throws {
        let state = try DreamsScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        XCTAssertEqual(state.items.map(\.sessionNumber), [1, 3, 3])
        XCTAssertEqual(state.items.map(\.tag.name), ["Early memory", "Dream", "Dream"], "inline ones in note order, then manual")
        for size in [CaseworkFixture.small, CaseworkFixture.large] {
            let lines = render(state, size)
            assertContains(lines, "Dreams and memories · 2 dreams, 1 memory")
            assertContains(lines, "Session 1 · 2026-01-01")
            assertContains(lines, "Session 3 · 2026-01-15")
            assertContains(lines, "Aged five, waiting alone at the school gate.")
            assertContains(lines, "She dreamt of a flooded station")
            assertLacks(lines, "Laughed it off.")
        }
        assertContains(render(state, CaseworkFixture.large), "Comment: first time told")
    }

    func testEnterAsksToOpenTheSessionAtTheDreamInTheNote() throws {
        var state = try DreamsScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        _ = DreamsScreen.update(&state, .key(key("j")))
        _ = DreamsScreen.update(&state, .key(KeyEvent(.enter)))
        let span = try XCTUnwrap(state.items[1].observation.span)
        XCTAssertEqual(state.request, .openSession(sessionID: try fixture.sessionID(3), layer: "process", scalarOffset: span.lowerBound))
        let start = note.unicodeScalars.index(note.unicodeScalars.startIndex, offsetBy: span.lowerBound)
        XCTAssertTrue(String(note.unicodeScalars[start...]).hasPrefix("#dream"), "the offset points at the dream's tag in the note")

        state.request = nil
        _ = DreamsScreen.update(&state, .key(key("G")))
        _ = DreamsScreen.update(&state, .key(KeyEvent(.enter)))
        XCTAssertEqual(state.request, .openSession(sessionID: try fixture.sessionID(3), layer: nil, scalarOffset: nil),
                       "a manual observation opens its session without a position")
        _ = DreamsScreen.update(&state, .key(KeyEvent(.escape)))
        XCTAssertEqual(state.request, .close)
    }

    func testReloadPicksUpNewDreams() throws {
        var state = try DreamsScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        try fixture.store.addObservation(sessionID: fixture.sessionID(4), tagID: fixture.tagID(.dream, "dream"), evidence: "Flying over the sea.")
        for effect in DreamsScreen.update(&state, .key(key("r"))) {
            for input in DreamsScreen.run(effect, store: fixture.store, now: fixture.clock.now) { _ = DreamsScreen.update(&state, input) }
        }
        XCTAssertEqual(state.items.last?.observation.evidence, "Flying over the sea.")
    }
}
