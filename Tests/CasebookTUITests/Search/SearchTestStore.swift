import CasebookCore
import Foundation
import TerminalKit
import XCTest
@testable import CasebookTUI

/// A small caseload in a temporary database for the search screen tests: two clients, three
/// sessions in March 2026, notes in both layers and one observation with evidence.
final class SearchTestStore {
    let folder: URL
    let store: CaseStore
    let anna: Client
    let ben: Client
    let annaFirst: Session
    let annaSecond: Session
    let benFirst: Session
    let now: Date

    static let annaFirstNote = "Long silence at the start.\nShe mentioned Zoë from school, then the lighthouse and her train."
    static let annaSecondNote = "She brought the dream again: a lighthouse, and the keeper was her father."
    static let annaSecondRecord = "Attended. Discussed the LIGHTHOUSE dream; no risk noted."
    static let benFirstNote = "Talked about baking with his sister, who is always late."

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try CaseStore(url: folder.appendingPathComponent("casebook.sqlite"))
        let intake = Self.day(2026, 1, 10)
        anna = try store.createClient(Client(code: "AM-014", name: "Anna Meier", intakeDate: intake))
        ben = try store.createClient(Client(code: "BK-002", name: "Ben Krause", intakeDate: intake))
        annaFirst = try store.createSession(clientID: anna.id!, startedAt: Self.day(2026, 3, 2, hour: 10))
        annaSecond = try store.createSession(clientID: anna.id!, startedAt: Self.day(2026, 3, 9, hour: 10))
        benFirst = try store.createSession(clientID: ben.id!, startedAt: Self.day(2026, 3, 5, hour: 15))
        try store.saveNote(sessionID: annaFirst.id!, layer: .process, text: Self.annaFirstNote, visit: EditingVisit())
        try store.saveNote(sessionID: annaSecond.id!, layer: .process, text: Self.annaSecondNote, visit: EditingVisit())
        try store.saveNote(sessionID: annaSecond.id!, layer: .record, text: Self.annaSecondRecord, visit: EditingVisit())
        try store.saveNote(sessionID: benFirst.id!, layer: .process, text: Self.benFirstNote, visit: EditingVisit())
        guard case .tag(let humor) = try store.resolveSlug("defense/humor") else { throw StoreError.tagNotFound("humor") }
        try store.addObservation(
            sessionID: benFirst.id!, tagID: humor.id!, evidence: "Laughed about the burnt lighthouse cake",
            comment: "Zoe came up here too")
        now = Self.day(2026, 3, 20, hour: 9)
    }

    deinit {
        try? store.close()
        try? FileManager.default.removeItem(at: folder)
    }

    static func day(_ year: Int, _ month: Int, _ day: Int, hour: Int = 0) -> Date {
        SearchDate.calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour))!
    }

    /// Applies `input`, then runs every effect against the store and feeds the results back,
    /// as the shell's run loop does. Returns the effects `update` asked for.
    @discardableResult
    func feed(_ state: inout SearchState, _ input: SearchInput) -> [SearchEffect] {
        let effects = SearchScreen.update(&state, input)
        for effect in effects {
            for result in SearchScreen.run(effect, store: store, now: now) { feed(&state, result) }
        }
        return effects
    }

    /// Types text key by key, as a person would (no effects run: the debounce holds them).
    func type(_ text: String, into state: inout SearchState) {
        for character in text { XCTAssertEqual(SearchScreen.update(&state, .key(.char(String(character)))), []) }
    }

    /// Types `text`, lets the debounce pass with ticks every 100 ms and runs the search.
    func search(_ text: String, in state: inout SearchState) {
        type(text, into: &state)
        let typed = state.clock
        feed(&state, .tick(typed.addingTimeInterval(0.1)))
        feed(&state, .tick(typed.addingTimeInterval(0.2)))
    }

    func render(_ state: SearchState, width: Int, height: Int, codeOnly: Bool = false) -> Buffer {
        var buffer = Buffer(size: Size(width: width, height: height))
        SearchScreen.render(state, in: buffer.area, buffer: &buffer, theme: .builtinDefault, codeOnly: codeOnly)
        return buffer
    }
}
