import Foundation
import XCTest
@testable import CasebookCore

final class CaseloadImporterTests: XCTestCase {
    private var fixture: ExportFixture { ExportFixture.shared }

    /// A small valid export to break in different ways: the first demo client.
    private func exportObject() throws -> [String: Any] {
        let json = try CaseloadExporter(store: fixture.store, clientID: fixture.clientIDs[0]).build().jsonText()
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    private func data(_ object: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: object)
    }

    /// Imports `data` into a store that already holds one client, checks it is refused and that
    /// neither the rows nor the file's bytes changed, and returns the message.
    private func assertRefused(_ data: Data, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let folder = try TemporaryFolder()
        let store = try ExportFixture.emptyStore(in: folder)
        _ = try store.createClient(Client(code: "ZZ-001", name: "Ilse Fictive", intakeDate: Date(timeIntervalSince1970: 1_700_000_000)))
        try store.database.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        let countsBefore = try tableCounts(store)
        let bytesBefore = try Data(contentsOf: URL(fileURLWithPath: folder.path("empty.sqlite")))
        var message = ""
        XCTAssertThrowsError(try CaseloadImporter(store: store).importData(data), file: file, line: line) { error in
            XCTAssertTrue(error is ImportError, "\(error)", file: file, line: line)
            message = "\(error)"
        }
        XCTAssertEqual(try tableCounts(store), countsBefore, "rows changed", file: file, line: line)
        try store.database.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder.path("empty.sqlite"))), bytesBefore, "file changed", file: file, line: line)
        return message
    }

    private func tableCounts(_ store: CaseStore) throws -> [Int] {
        try store.database.read { db in
            try ["client", "figure", "session", "note_revision", "note_amendment", "tag", "observation",
                 "relationship_episode", "formulation", "formulation_revision", "measure"].map {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? -1
            }
        }
    }

    private func mutateFirstObservation(_ object: inout [String: Any], _ change: (inout [String: Any]) -> Void) {
        var clients = object["clients"] as! [[String: Any]]
        var sessions = clients[0]["sessions"] as! [[String: Any]]
        let index = sessions.firstIndex { !($0["observations"] as! [[String: Any]]).isEmpty }!
        var observations = sessions[index]["observations"] as! [[String: Any]]
        change(&observations[0])
        sessions[index]["observations"] = observations
        clients[0]["sessions"] = sessions
        object["clients"] = clients
    }

    private func firstObservationPath(_ object: [String: Any]) -> String {
        let sessions = (object["clients"] as! [[String: Any]])[0]["sessions"] as! [[String: Any]]
        let index = sessions.firstIndex { !($0["observations"] as! [[String: Any]]).isEmpty }!
        return "clients[0].sessions[\(index)].observations[0]"
    }

    func testNotJSONIsRefusedAndChangesNothing() throws {
        let message = try assertRefused(Data("{\"format\": \"casebook-export\", ".utf8))
        XCTAssertTrue(message.contains("not valid JSON"), message)
    }

    func testWrongVersionIsRefusedAndChangesNothing() throws {
        var object = try exportObject()
        object["version"] = 2
        let message = try assertRefused(try data(object))
        XCTAssertTrue(message.contains("version"), message)
        XCTAssertTrue(message.contains("2"), message)
    }

    func testOtherFormatIsRefused() throws {
        let message = try assertRefused(Data("{\"clients\": []}".utf8))
        XCTAssertTrue(message.contains("format"), message)
    }

    func testBadIntensityIsNamedByItsPath() throws {
        var object = try exportObject()
        mutateFirstObservation(&object) { $0["intensity"] = 5 }
        let message = try assertRefused(try data(object))
        XCTAssertTrue(message.contains("\(firstObservationPath(object)).intensity: must be 1, 2 or 3"), message)
    }

    func testDanglingTagReferenceIsNamedByItsPath() throws {
        var object = try exportObject()
        mutateFirstObservation(&object) { $0["tag"] = "no-such-code" }
        let message = try assertRefused(try data(object))
        XCTAssertTrue(message.contains("\(firstObservationPath(object)).tag: no code"), message)
    }

    func testMissingFieldIsNamedByItsPath() throws {
        var object = try exportObject()
        mutateFirstObservation(&object) { $0.removeValue(forKey: "source") }
        let message = try assertRefused(try data(object))
        XCTAssertTrue(message.contains("\(firstObservationPath(object)).source: is missing"), message)
    }

    func testExistingClientCodeIsReportedNotOverwritten() throws {
        var object = try exportObject()
        var clients = object["clients"] as! [[String: Any]]
        clients[0]["code"] = "zz-001"
        object["clients"] = clients
        let message = try assertRefused(try data(object))
        XCTAssertTrue(message.contains("clients[0].code: client zz-001 already exists"), message)
    }

    func testDeidentifiedExportIsRefused() throws {
        let json = try CaseloadExporter(store: fixture.store, clientID: fixture.clientIDs[0], deidentify: true).build().jsonText()
        let message = try assertRefused(Data(json.utf8))
        XCTAssertTrue(message.contains("de-identified"), message)
    }

    func testImportRestoresInlineObservationsAsStored() throws {
        var object = try exportObject()
        mutateFirstObservation(&object) { $0["comment"] = "Edited by hand after the session." }
        let folder = try TemporaryFolder()
        let store = try ExportFixture.emptyStore(in: folder)
        _ = try CaseloadImporter(store: store).importData(try data(object))
        let code = fixture.caseload.clients[0].code
        let client = try XCTUnwrap(try store.client(code: code))
        let observations = try store.observations(clientID: client.id!)
        XCTAssertTrue(observations.contains { $0.observation.comment == "Edited by hand after the session." && $0.observation.source == .inline })
        let original = try fixture.store.observations(clientID: fixture.clientIDs[0])
        XCTAssertEqual(observations.count, original.count)
    }

    func testCodesTheDatabaseChangedKeepTheDatabaseVersion() throws {
        let folder = try TemporaryFolder()
        let store = try ExportFixture.emptyStore(in: folder)
        let humor = try XCTUnwrap(try store.tags(category: .defense).first { $0.tag.slug == "humor" }?.tag)
        _ = try store.renameTag(humor.id!, to: "Humour (mine)")
        var object = try exportObject()
        var codebook = object["codebook"] as! [[String: Any]]
        let index = codebook.firstIndex { $0["slug"] as? String == "humor" }!
        codebook[index]["color"] = "#112233"
        object["codebook"] = codebook
        let summary = try CaseloadImporter(store: store).importData(try data(object))
        XCTAssertEqual(summary.codesKept, ["defense/humor"])
        XCTAssertTrue(summary.description.contains("defense/humor"))
        let kept = try XCTUnwrap(try store.tag(id: humor.id!))
        XCTAssertEqual(kept.name, "Humour (mine)")
        XCTAssertNil(kept.color)
    }
}
