import Foundation
import XCTest
@testable import CasebookCore

final class StoreInlineSyncTests: XCTestCase {
    private func inline(_ store: CaseStore, _ sessionID: Int64) throws -> [ObservationDetail] {
        try store.observations(sessionID: sessionID).filter { $0.observation.source == .inline }
    }

    func testInlineTagsBecomeObservationsWithIntensityEvidenceAndSpan() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        let text = "She laughed it off #humor?\nNobody ever waits #isolation-of-affects!"
        let result = try store.saveNote(sessionID: session.id!, layer: .process, text: text, visit: EditingVisit())
        XCTAssertEqual(result.inline.added, 2)
        let observed = try inline(store, session.id!)
        XCTAssertEqual(observed.map(\.tag.slug), ["humor", "isolation-of-affects"])
        XCTAssertEqual(observed.map(\.observation.intensity), [1, 3])
        XCTAssertEqual(observed[0].observation.evidence, "She laughed it off")
        XCTAssertEqual(observed[0].observation.span, 19..<26)
    }

    func testEditingTheNoteUpdatesAddsAndRemovesInlineButNeverManual() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        let denial = try tagID(store, "denial")
        let manual = try store.addObservation(sessionID: session.id!, tagID: denial, evidence: "Said all is fine.")
        try store.saveNote(
            sessionID: session.id!, layer: .process, text: "Joked #humor\nFlat tone #isolation-of-affects", visit: EditingVisit())
        let humorBefore = try inline(store, session.id!).first { $0.tag.slug == "humor" }!.observation
        var commented = humorBefore
        commented.comment = "Check next time."
        try store.updateObservation(commented)

        let result = try store.saveNote(
            sessionID: session.id!, layer: .process, text: "Opened with news.\nJoked again #humor!\nDenied it #denial",
            visit: EditingVisit())
        XCTAssertEqual(result.inline.added, 1)
        XCTAssertEqual(result.inline.updated, 1)
        XCTAssertEqual(result.inline.removed, 1)
        let after = try inline(store, session.id!)
        XCTAssertEqual(after.map(\.tag.slug), ["humor", "denial"])
        let humorAfter = after[0].observation
        XCTAssertEqual(humorAfter.id, humorBefore.id)
        XCTAssertEqual(humorAfter.intensity, 3)
        XCTAssertEqual(humorAfter.evidence, "Joked again")
        XCTAssertEqual(humorAfter.comment, "Check next time.")
        let manualAfter = try store.observations(sessionID: session.id!).first { $0.observation.id == manual.id }
        XCTAssertEqual(manualAfter?.observation, manual)
    }

    func testTypingAboveAThousandTagsMovesEveryObservationAndKeepsItsEvidenceAndComment() throws {
        let folder = try TemporaryFolder()
        let clock = TestClock()
        let store = try makeStore(in: folder, clock: clock)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        // More tags than one write statement takes, so the moves are written in several.
        let lines = (0..<1_000).map { "Line \($0) made light of it #humor" }
        let visit = EditingVisit()
        try store.saveNote(sessionID: session.id!, layer: .process, text: lines.joined(separator: "\n"), visit: visit)
        let before = try inline(store, session.id!)
        var commented = before[700].observation
        commented.comment = "Ask about line 700."
        try store.updateObservation(commented)

        clock.advance(minutes: 1)
        let typed = "Arrived late. "
        let result = try store.saveNote(
            sessionID: session.id!, layer: .process, text: typed + lines.joined(separator: "\n"), visit: visit)
        XCTAssertEqual(result.inline.updated, 1_000)
        XCTAssertEqual(result.inline.added + result.inline.removed, 0)
        let after = try inline(store, session.id!)
        XCTAssertTrue(after.map(\.observation.id) == before.map(\.observation.id), "the same observations, in order")
        let shift = typed.unicodeScalars.count
        let unmoved = zip(before, after).filter { old, new in
            new.observation.spanStart != old.observation.spanStart.map { $0 + shift }
                || new.observation.spanEnd != old.observation.spanEnd.map { $0 + shift }
        }
        XCTAssertEqual(unmoved.count, 0, "every span moves by the typed text")
        XCTAssertEqual(after[0].observation.evidence, "Arrived late. Line 0 made light of it")
        XCTAssertTrue(after.dropFirst().map(\.observation.evidence) == before.dropFirst().map(\.observation.evidence))
        XCTAssertEqual(after[700].observation.comment, "Ask about line 700.")
        XCTAssertEqual(after[999].observation.updatedAt, clock.now)
    }

    func testTypingInTwoPlacesAndRespellingATagMovesEachObservationToItsTag() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        let lines = (0..<40).map { "Line \($0) made light of it #humor and did not mind #denial" }
        let visit = EditingVisit()
        try store.saveNote(sessionID: session.id!, layer: .process, text: lines.joined(separator: "\n"), visit: visit)
        let before = try inline(store, session.id!)

        // Typed near the top and near the end, and one tag respelled with its category (longer,
        // so its end moves further than its start): three different moves in one autosave.
        var edited = lines
        edited[3] = "Quietly: " + edited[3]
        edited[30] = edited[30].replacingOccurrences(of: "#humor", with: "#defense/humor")
        edited[35] = edited[35].replacingOccurrences(of: "made light", with: "made very light")
        let text = edited.joined(separator: "\n")
        let result = try store.saveNote(sessionID: session.id!, layer: .process, text: text, visit: visit)
        XCTAssertEqual(result.inline.added + result.inline.removed, 0)
        let after = try inline(store, session.id!)
        XCTAssertTrue(after.map(\.observation.id) == before.map(\.observation.id), "the same observations, in order")
        let spans = FakeInlineParser.parse(text).map(\.span)
        XCTAssertEqual(after.compactMap(\.observation.span), spans, "each observation sits on its tag in the new text")
        XCTAssertEqual(after.map(\.tag.slug), Array(repeating: ["humor", "denial"], count: 40).flatMap { $0 })
        guard after.count == 80 else { return }
        XCTAssertEqual(after.map(\.observation.evidence), FakeInlineParser.parse(text).map(\.evidence))
        XCTAssertEqual(after[6].observation.evidence, "Quietly: Line 3 made light of it and did not mind")
    }

    func testUnknownAndAmbiguousSlugsAreReportedNotDropped() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        let result = try store.saveNote(
            sessionID: session.id!, layer: .process, text: "Her sister again #envy\nWarm today #positive", visit: EditingVisit())
        XCTAssertEqual(result.unknownSlugs.map(\.written), ["envy"])
        XCTAssertEqual(result.ambiguousSlugs.map(\.written), ["positive"])
        XCTAssertEqual(result.ambiguousSlugs.first?.candidates.count, 2)
        XCTAssertEqual(try inline(store, session.id!), [])
    }

    func testAcceptingAnUnknownSlugCreatesAThemeAndCodesTheNote() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Her sister again #fear-of-dependency", visit: EditingVisit())
        let accepted = try store.acceptUnknownSlug("fear-of-dependency", sessionID: session.id!)
        XCTAssertEqual(accepted.tag.category, .theme)
        XCTAssertEqual(accepted.tag.name, "fear of dependency")
        XCTAssertEqual(accepted.sync.added, 1)
        XCTAssertEqual(accepted.sync.unknown, [])
        XCTAssertEqual(try inline(store, session.id!).map(\.tag.slug), ["fear-of-dependency"])
    }

    func testInlineObservationsCannotBeEditedOrRemovedDirectly() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Joked #humor", visit: EditingVisit())
        let observation = try inline(store, session.id!)[0].observation
        XCTAssertThrowsError(try store.removeObservation(observation.id!)) { error in
            XCTAssertEqual(error as? StoreError, .inlineObservation(observation.id!))
        }
        var stronger = observation
        stronger.intensity = 3
        XCTAssertThrowsError(try store.updateObservation(stronger))
        XCTAssertEqual(try inline(store, session.id!).map(\.observation.intensity), [2])
    }

    func testRecordNoteTagsAreNotCoded() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        try store.saveNote(sessionID: session.id!, layer: .record, text: "Attended #humor", visit: EditingVisit())
        XCTAssertEqual(try store.observations(sessionID: session.id!), [])
    }
}
