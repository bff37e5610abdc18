import Foundation
import XCTest
@testable import CasebookCore

final class StoreNotesTests: XCTestCase {
    func testSessionsAreNumberedPerClientInOrder() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let anna = try makeClient(store)
        let ben = try makeClient(store, code: "BK-002", name: "Ben Krause")
        try store.createSession(clientID: anna.id!)
        try store.createSession(clientID: ben.id!)
        let second = try store.createSession(clientID: anna.id!, startedAt: Date(timeIntervalSince1970: 1_790_100_000))
        XCTAssertEqual(second.number, 2)
        XCTAssertEqual(try store.sessions(clientID: anna.id!).map(\.number), [1, 2])
        XCTAssertEqual(try store.sessions(clientID: ben.id!).map(\.number), [1])
        let summary = try store.listClients().first { $0.client.code == "AM-014" }
        XCTAssertEqual(summary?.sessionCount, 2)
        XCTAssertEqual(summary?.lastSeen, Date(timeIntervalSince1970: 1_790_100_000))
    }

    func testDuplicateClientCodeIsRefusedWhateverItsCase() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        _ = try makeClient(store)
        XCTAssertThrowsError(try makeClient(store, code: "am-014", name: "Someone Else")) { error in
            XCTAssertEqual(error as? StoreError, .duplicateClientCode("am-014"))
        }
        XCTAssertThrowsError(try makeClient(store, code: "  ", name: "Nobody"))
        XCTAssertEqual(try store.client(code: "am-014")?.name, "Anna Meier")
    }

    func testChangingANoteKeepsThePreviousTextAsARevision() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        try store.saveNote(sessionID: session.id!, layer: .record, text: "Attended. Plan: continue.", visit: EditingVisit())
        let result = try store.saveNote(
            sessionID: session.id!, layer: .record, text: "Attended. Risk low. Plan: continue.", visit: EditingVisit())
        XCTAssertTrue(result.revisionCreated)
        XCTAssertEqual(try store.revisions(sessionID: session.id!, layer: .record).map(\.body), ["Attended. Plan: continue."])
        XCTAssertEqual(try store.session(id: session.id!)?.recordNote, "Attended. Risk low. Plan: continue.")
        XCTAssertEqual(try store.revisions(sessionID: session.id!, layer: .process), [])
    }

    func testAutosavesWithinOneVisitCoalesceIntoOneRevision() throws {
        let folder = try TemporaryFolder()
        let clock = TestClock()
        let store = try makeStore(in: folder, clock: clock)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        try store.saveNote(sessionID: session.id!, layer: .process, text: "First visit text.", visit: EditingVisit())
        let visit = EditingVisit()
        for text in ["Second", "Second visit", "Second visit text."] {
            clock.advance(minutes: 1)
            try store.saveNote(sessionID: session.id!, layer: .process, text: text, visit: visit)
        }
        XCTAssertEqual(try store.revisions(sessionID: session.id!, layer: .process).map(\.body), ["First visit text."])
        clock.advance(minutes: 1)
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Third visit.", visit: EditingVisit())
        XCTAssertEqual(
            try store.revisions(sessionID: session.id!, layer: .process).map(\.body),
            ["Second visit text.", "First visit text."])
    }

    func testTenMinutesOfContinuousEditingStartsAnotherRevision() throws {
        let folder = try TemporaryFolder()
        let clock = TestClock()
        let store = try makeStore(in: folder, clock: clock)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        let visit = EditingVisit()
        try store.saveNote(sessionID: session.id!, layer: .process, text: "a", visit: visit)
        for minute in 1...12 {
            clock.advance(minutes: 1)
            try store.saveNote(sessionID: session.id!, layer: .process, text: "a\(minute)", visit: visit)
        }
        XCTAssertEqual(try store.revisions(sessionID: session.id!, layer: .process).map(\.body), ["a9"])
    }

    func testSavingTheSameTextKeepsNoRevision() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        try store.saveNote(sessionID: session.id!, layer: .record, text: "Same.", visit: EditingVisit())
        let result = try store.saveNote(sessionID: session.id!, layer: .record, text: "Same.", visit: EditingVisit())
        XCTAssertFalse(result.changed)
        XCTAssertEqual(try store.revisions(sessionID: session.id!, layer: .record), [])
    }

    func testSignedNoteRefusesEditsButTakesDatedAmendments() throws {
        let folder = try TemporaryFolder()
        let clock = TestClock()
        let store = try makeStore(in: folder, clock: clock)
        let session = try store.createSession(clientID: try makeClient(store).id!)
        try store.saveNote(sessionID: session.id!, layer: .record, text: "Attended; plan weekly.", visit: EditingVisit())
        XCTAssertThrowsError(try store.amend(sessionID: session.id!, layer: .record, text: "Too early.")) { error in
            XCTAssertEqual(error as? StoreError, .notSigned(sessionID: session.id!))
        }
        let signed = try store.sign(sessionID: session.id!)
        XCTAssertEqual(signed.signedAt, clock.now)
        XCTAssertThrowsError(
            try store.saveNote(sessionID: session.id!, layer: .record, text: "Rewritten.", visit: EditingVisit())
        ) { error in
            XCTAssertEqual(error as? StoreError, .signed(sessionID: session.id!))
            XCTAssertTrue("\(error)".contains("amendment"))
        }
        clock.advance(minutes: 60 * 24)
        let amendment = try store.amend(sessionID: session.id!, layer: .record, text: "Correction: plan twice weekly.")
        XCTAssertEqual(amendment.createdAt, clock.now)
        XCTAssertEqual(try store.session(id: session.id!)?.recordNote, "Attended; plan weekly.")
        XCTAssertEqual(try store.amendments(sessionID: session.id!).map(\.body), ["Correction: plan twice weekly."])
    }

    /// Autosave saves the formulation every half second while the clinician types; the history
    /// keeps the text from before the stretch of typing, not one version per save.
    func testContinuousFormulationTypingKeepsOneRevisionPerTenMinutes() throws {
        let folder = try TemporaryFolder()
        let clock = TestClock()
        let store = try makeStore(in: folder, clock: clock)
        let client = try makeClient(store)
        try store.saveFormulation(Formulation(clientID: client.id!, coreConflict: "Last week's wording."))
        clock.advance(minutes: 60 * 24 * 7)
        var typed = "Longing"
        for word in [" versus", " fear", " of", " engulfment."] {
            typed += word
            try store.saveFormulation(Formulation(clientID: client.id!, coreConflict: typed))
            clock.advance(minutes: 0.01)
        }
        XCTAssertEqual(try store.formulationRevisions(clientID: client.id!).map(\.coreConflict), ["Last week's wording."])
        clock.advance(minutes: 11)
        try store.saveFormulation(Formulation(clientID: client.id!, coreConflict: "Longing versus fear."))
        XCTAssertEqual(
            try store.formulationRevisions(clientID: client.id!).map(\.coreConflict),
            ["Longing versus fear of engulfment.", "Last week's wording."])
    }

    func testRestoringAFormulationAlwaysKeepsTheTextItReplaces() throws {
        let folder = try TemporaryFolder()
        let clock = TestClock()
        let store = try makeStore(in: folder, clock: clock)
        let client = try makeClient(store)
        try store.saveFormulation(Formulation(clientID: client.id!, coreConflict: "First."))
        try store.saveFormulation(Formulation(clientID: client.id!, coreConflict: "Second."))
        try store.saveFormulation(Formulation(clientID: client.id!, coreConflict: "Third."))
        XCTAssertEqual(try store.formulationRevisions(clientID: client.id!).map(\.coreConflict), ["First."])
        try store.saveFormulation(Formulation(clientID: client.id!, coreConflict: "First."), keepingRevision: true)
        XCTAssertEqual(try store.formulationRevisions(clientID: client.id!).map(\.coreConflict).sorted(), ["First.", "Third."])
    }

    func testFormulationChangesKeepTheEarlierVersion() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store)
        try store.saveFormulation(Formulation(clientID: client.id!, coreConflict: "Longing versus fear of engulfment."))
        try store.saveFormulation(Formulation(clientID: client.id!, coreConflict: "Longing versus fear of dependency."))
        XCTAssertEqual(try store.formulation(clientID: client.id!)?.coreConflict, "Longing versus fear of dependency.")
        XCTAssertEqual(
            try store.formulationRevisions(clientID: client.id!).map(\.coreConflict), ["Longing versus fear of engulfment."])
    }

    func testDeletingAClientRemovesEverythingOfTheirsIncludingSearch() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store)
        let other = try makeClient(store, code: "BK-002", name: "Ben Krause")
        let session = try store.createSession(clientID: client.id!)
        let kept = try store.createSession(clientID: other.id!)
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Dream of a lighthouse #humor", visit: EditingVisit())
        try store.saveNote(sessionID: kept.id!, layer: .process, text: "Another lighthouse.", visit: EditingVisit())
        try store.addFigure(clientID: client.id!, role: "mother", name: "Greta")
        try store.addMeasure(sessionID: session.id!, instrument: "PHQ-9", score: 12)
        try store.deleteClient(client.id!)
        let counts = try store.database.read { db in
            try ["session", "observation", "figure", "measure"].map { table in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1
            }
        }
        XCTAssertEqual(counts, [1, 0, 0, 0])
        XCTAssertEqual(try store.search(SearchQuery("lighthouse")).map(\.clientCode), ["BK-002"])
        let indexRows = try store.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM search_index") }
        XCTAssertEqual(indexRows, 1)
    }
}
