import CasebookCore
import Foundation
import TerminalKit
import XCTest

@testable import CasebookTUI

/// A session screen on a fresh temporary database, driven the way the shell drives it: inputs
/// in, effects run at once against the store, their answers fed back.
final class SessionHarness {
    let directory: URL
    var store: CaseStore
    let client: Client
    let sessionID: Int64
    var state: SessionScreenState
    var now: Date
    var closed = false
    /// Every effect the screen asked for, in order.
    var effects: [SessionScreenEffect] = []

    static let start = Date(timeIntervalSince1970: 1_795_000_000)

    /// A client with `previousNotes.count` earlier sessions, then the session under test
    /// (dated `start`, so its clock runs from zero), holding `note` as its process note.
    init(note: String = "", previousNotes: [String] = [], themes: [String] = []) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try CaseStore(url: directory.appendingPathComponent("casebook.sqlite"))
        client = try store.createClient(
            Client(code: "AM-014", name: "Zoë Åkesson-Ngũgĩ", intakeDate: Self.start.addingTimeInterval(-90 * 86_400)))
        for slug in themes {
            try store.addTag(category: .theme, name: slug.capitalized, slug: slug)
        }
        for (i, text) in previousNotes.enumerated() {
            let earlier = try store.createSession(
                clientID: client.id!, startedAt: Self.start.addingTimeInterval(Double(i - previousNotes.count) * 7 * 86_400))
            try store.saveNote(sessionID: earlier.id!, layer: .process, text: text, visit: EditingVisit())
        }
        let session = try store.createSession(clientID: client.id!, startedAt: Self.start)
        sessionID = session.id!
        if !note.isEmpty { try store.saveNote(sessionID: sessionID, layer: .process, text: note, visit: EditingVisit()) }
        now = Self.start
        state = try SessionScreen.open(sessionID: sessionID, store: store, now: now)
        send(.resized(Size(width: 80, height: 22)))
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func send(_ input: SessionScreenInput) {
        let asked = SessionScreen.update(&state, input)
        for effect in asked { perform(effect) }
    }

    func perform(_ effect: SessionScreenEffect) {
        effects.append(effect)
        if case .close = effect { closed = true }
        for answer in SessionScreen.run(effect, store: store, now: now) { send(answer) }
    }

    func key(_ event: KeyEvent) { send(.key(event)) }
    func key(_ key: Key) { send(.key(KeyEvent(key))) }

    /// Types each grapheme as its own key press.
    func type(_ text: String) {
        for c in text { send(.key(c == "\n" ? KeyEvent(.enter) : .char(String(c)))) }
    }

    /// Advances the clock and ticks.
    func tick(_ seconds: TimeInterval) {
        now = now.addingTimeInterval(seconds)
        send(.tick(now))
    }

    func stored(_ layer: NoteLayer = .process) throws -> String {
        try XCTUnwrap(try store.session(id: sessionID)).note(layer)
    }

    func storedObservations() throws -> [ObservationDetail] { try store.observations(sessionID: sessionID) }

    var saves: Int { effects.filter { if case .save = $0 { return true } else { return false } }.count }

    func render(width: Int, height: Int, codeOnly: Bool = true, theme: Theme = .builtinDefault) -> (buffer: Buffer, cursor: Position?) {
        send(.resized(Size(width: width, height: height)))
        var buffer = Buffer(size: Size(width: width, height: height))
        let cursor = SessionScreen.render(
            state, in: Rect(x: 0, y: 0, width: width, height: height), buffer: &buffer, theme: theme, codeOnly: codeOnly)
        return (buffer, cursor)
    }

    func screen(width: Int = 80, height: Int = 24, codeOnly: Bool = true) -> [String] {
        render(width: width, height: height, codeOnly: codeOnly).buffer.lines
    }
}
