import Foundation
import GRDB
import XCTest
@testable import CasebookCore

/// Errors end up in terminals, screenshots and bug reports. None may carry a client's name, an
/// alias, a figure's name or a line of a note, whatever went wrong.
final class ErrorPrivacyTests: XCTestCase {
    /// Names and passages of the fictional caseload that no error may mention.
    static func secrets(of caseload: DemoCaseload) -> [String] {
        var secrets: [String] = []
        for client in caseload.clients {
            secrets.append(client.name)
            secrets += client.aliases
            secrets += client.figures.map(\.name).filter { $0.count >= 3 }
            for session in client.sessions {
                for note in [session.processNote, session.recordNote] {
                    secrets += note.components(separatedBy: CharacterSet(charactersIn: ".!?\n"))
                        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 24 }
                }
            }
        }
        return Array(Set(secrets))
    }

    func testNoStoreErrorCarriesANameOrANoteLine() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("casebook.sqlite")
        let caseload = DemoCaseload.generate(clients: 3, sessionsPerClient: 3...4, seed: 7)
        let secrets = Self.secrets(of: caseload)
        XCTAssertGreaterThan(secrets.count, 20)
        var errors: [Error] = []
        func collect(_ body: () throws -> Void) {
            do { try body(); XCTFail("expected an error") } catch { errors.append(error) }
        }

        var store: CaseStore! = try CaseStore(url: URL(fileURLWithPath: path))
        _ = try DemoWriter.write(caseload, to: store)
        let client = try XCTUnwrap(try store.listClients().first?.client)
        let session = try XCTUnwrap(try store.sessions(clientID: client.id!).first)
        collect { try store.createClient(Client(code: "not a code!", name: client.name, aliases: client.aliases, intakeDate: client.intakeDate)) }
        collect { try store.createClient(Client(code: client.code, name: client.name, aliases: client.aliases, intakeDate: client.intakeDate)) }
        collect { _ = try store.requireClient("ZZ-999") }
        collect { try store.addObservation(sessionID: session.id!, tagID: 1, intensity: 9, evidence: session.processNote) }
        collect { try store.addObservation(sessionID: 999_999, tagID: 1, evidence: session.processNote) }
        try store.sign(sessionID: session.id!)
        collect { try store.saveNote(sessionID: session.id!, layer: .process, text: session.processNote + " more", visit: EditingVisit()) }
        collect { try store.backup(to: path) }
        try store.close()
        store = nil

        // A notes file mistaken for the database: its text must not be echoed back.
        let textFile = folder.path("notes.sqlite")
        try Data(caseload.clients[0].sessions[0].processNote.utf8).write(to: URL(fileURLWithPath: textFile))
        collect { _ = try CaseStore(url: URL(fileURLWithPath: textFile)) }

        chmod(path, 0o400)
        collect { _ = try CaseStore(url: URL(fileURLWithPath: path)) }
        chmod(path, 0o600)

        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        try queue.close()
        collect { _ = try CaseStore(url: URL(fileURLWithPath: path)) }

        let truncated = folder.path("truncated.sqlite")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: truncated))
        collect { _ = try CaseStore(url: URL(fileURLWithPath: truncated)) }

        XCTAssertGreaterThanOrEqual(errors.count, 10)
        for error in errors {
            let text = "\(error) \(error.localizedDescription)"
            for secret in secrets where text.contains(secret) {
                XCTFail("error mentions \(secret.debugDescription): \(text)")
            }
        }
    }
}
