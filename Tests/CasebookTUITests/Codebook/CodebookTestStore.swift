import CasebookCore
import Foundation
import TerminalKit
import XCTest
@testable import CasebookTUI

/// The built-in codebook plus a few themes of the clinician's own, used in three sessions of
/// one client, in a temporary database: Envy has 3 observations in 2 sessions, Jealousy 1.
final class CodebookTestStore {
    let folder: URL
    let store: CaseStore
    let abandonment: Tag
    let envy: Tag
    let jealousy: Tag
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-codebook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try CaseStore(url: folder.appendingPathComponent("casebook.sqlite"))
        abandonment = try store.addTag(category: .theme, name: "Abandonment", slug: "abandonment", description: "Fear of being left.")
        envy = try store.addTag(category: .theme, name: "Envy", slug: "envy")
        jealousy = try store.addTag(category: .theme, name: "Jealousy", slug: "jealousy")
        let client = try store.createClient(Client(code: "CL-007", name: "Clara Lenz", intakeDate: now))
        let sessions = try (0..<3).map { _ in try store.createSession(clientID: client.id!) }
        try store.addObservation(sessionID: sessions[0].id!, tagID: envy.id!, evidence: "Her sister's new flat")
        try store.addObservation(sessionID: sessions[0].id!, tagID: envy.id!, evidence: "My other patients")
        try store.addObservation(sessionID: sessions[1].id!, tagID: envy.id!, evidence: "The colleague's promotion")
        try store.addObservation(sessionID: sessions[2].id!, tagID: jealousy.id!, evidence: "Partner's friend")
    }

    deinit {
        try? store.close()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Applies `input`, runs the effects against the store and feeds their results back.
    @discardableResult
    func feed(_ state: inout CodebookState, _ input: CodebookInput) -> [CodebookEffect] {
        let effects = CodebookScreen.update(&state, input)
        for effect in effects {
            for result in CodebookScreen.run(effect, store: store, now: now) { feed(&state, result) }
        }
        return effects
    }

    @discardableResult
    func press(_ state: inout CodebookState, _ keys: String) -> [CodebookEffect] {
        keys.flatMap { feed(&state, .key(.char(String($0)))) }
    }

    @discardableResult
    func press(_ state: inout CodebookState, _ key: Key, modifiers: KeyModifiers = []) -> [CodebookEffect] {
        feed(&state, .key(KeyEvent(key, modifiers: modifiers)))
    }

    /// Moves the selection to the code called `name` in the current table.
    func select(_ name: String, in state: inout CodebookState, file: StaticString = #filePath, line: UInt = #line) {
        guard let index = state.codes.firstIndex(where: { $0.tag.name == name }) else {
            return XCTFail("\(name) is not listed", file: file, line: line)
        }
        state.selection.selected = index
    }

    func uses(of id: Int64) throws -> Int? {
        try store.tags(includeArchived: true).first { $0.tag.id == id }?.uses
    }

    func render(_ state: CodebookState, width: Int, height: Int) -> Buffer {
        var buffer = Buffer(size: Size(width: width, height: height))
        CodebookScreen.render(state, in: buffer.area, buffer: &buffer, theme: .builtinDefault, codeOnly: true)
        return buffer
    }
}
