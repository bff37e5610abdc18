import Foundation
import XCTest
@testable import CasebookCore

/// Import files as an attacker or an unlucky day makes them: nesting ten thousand deep, megabyte
/// strings, wrong types, NUL bytes, invalid UTF-8, duplicates, references to nothing. Each is
/// refused with an `ImportError` that names where (a JSON path) and leaves the database exactly
/// as it was, or, when the file is valid, arrives whole with every character as written.
final class ImportAdversarialTests: XCTestCase {
    private var fixture: ExportFixture { ExportFixture.shared }

    /// The first demo client's export, as a JSON tree to break.
    private func exportObject() throws -> [String: Any] {
        let json = try CaseloadExporter(store: fixture.store, clientID: fixture.clientIDs[0]).build().jsonText()
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    private func data(_ object: Any) throws -> Data { try JSONSerialization.data(withJSONObject: object) }

    private func tableCounts(_ store: CaseStore) throws -> [Int] {
        try store.database.read { db in
            try ["client", "figure", "session", "note_revision", "note_amendment", "tag", "observation",
                 "relationship_episode", "formulation", "formulation_revision", "measure"].map {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? -1
            }
        }
    }

    /// A store that already holds a client, so "unchanged" means something.
    private func seededStore(_ folder: TemporaryFolder) throws -> CaseStore {
        let store = try ExportFixture.emptyStore(in: folder)
        _ = try store.createClient(Client(code: "QQ-001", name: "Wren Imaginary", intakeDate: Date(timeIntervalSince1970: 1_700_000_000)))
        return store
    }

    /// Imports `data`, expects a refusal, and checks that no row changed. Returns the message.
    @discardableResult
    private func assertRefused(_ data: Data, into store: CaseStore? = nil, _ what: String,
                               file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let folder = try TemporaryFolder()
        let target = try store ?? seededStore(folder)
        let before = try tableCounts(target)
        var message = ""
        XCTAssertThrowsError(try CaseloadImporter(store: target).importData(data), what, file: file, line: line) { error in
            XCTAssertTrue(error is ImportError, "\(what): \(type(of: error)) \(error)", file: file, line: line)
            message = "\(error)"
        }
        XCTAssertTrue(message.lowercased().contains("nothing was imported"), "\(what): \(message)", file: file, line: line)
        XCTAssertEqual(try tableCounts(target), before, "\(what): rows changed", file: file, line: line)
        return message
    }

    private func firstSessionIndex(_ object: [String: Any], where test: ([String: Any]) -> Bool) -> Int {
        let sessions = (object["clients"] as! [[String: Any]])[0]["sessions"] as! [[String: Any]]
        return sessions.firstIndex(where: test)!
    }

    private func changeSession(_ object: inout [String: Any], _ index: Int, _ change: (inout [String: Any]) -> Void) {
        var clients = object["clients"] as! [[String: Any]]
        var sessions = clients[0]["sessions"] as! [[String: Any]]
        change(&sessions[index])
        clients[0]["sessions"] = sessions
        object["clients"] = clients
    }

    func testTenThousandLevelsOfNestingAreRefusedWithoutCrashing() throws {
        let deepArrays = "{\"format\":\"casebook-export\",\"version\":1,\"clients\":" + String(repeating: "[", count: 10_000)
            + String(repeating: "]", count: 10_000) + "}"
        try assertRefused(Data(deepArrays.utf8), "10,000 nested arrays")
        let deepObjects = "{\"format\":\"casebook-export\",\"version\":1,\"clients\":[{\"name\":" + String(repeating: "{\"a\":", count: 10_000)
            + "1" + String(repeating: "}", count: 10_000) + "}]}"
        try assertRefused(Data(deepObjects.utf8), "10,000 nested objects")
        // Deep but unclosed, the way a truncated file looks.
        try assertRefused(Data(String(repeating: "[{\"x\":", count: 10_000).utf8), "10,000 unclosed levels")
    }

    func testMegabyteStringInTheWrongPlaceIsNamedByPathAndNotEchoed() throws {
        var object = try exportObject()
        let huge = String(repeating: "lighthouse ", count: 100_000)
        changeSession(&object, 0) { $0["number"] = huge }
        let message = try assertRefused(try data(object), "1 MB string as a session number")
        XCTAssertTrue(message.contains("clients[0].sessions[0].number: must be a whole number"), String(message.prefix(300)))
        XCTAssertLessThan(message.utf8.count, 1_000, "the message names the place, it does not repeat the file")
    }

    func testMegabyteNoteWithControlCharactersArrivesExactly() throws {
        var object = try exportObject()
        let note = "Before a bell \u{7}, an escape \u{1B}[2J, RTL \u{202E}שלום\u{202C}, e\u{301}"
            + String(repeating: " the sea and the keeper", count: 45_000) + " #loss"
        changeSession(&object, 0) { $0["process_note"] = note }
        let folder = try TemporaryFolder()
        let store = try ExportFixture.emptyStore(in: folder)
        _ = try CaseloadImporter(store: store).importData(try data(object))
        let code = (object["clients"] as! [[String: Any]])[0]["code"] as! String
        let client = try XCTUnwrap(try store.client(code: code))
        let sessions = try store.sessions(clientID: client.id!)
        XCTAssertEqual(sessions.first?.processNote.utf8.count, note.utf8.count)
        XCTAssertEqual(sessions.first?.processNote, note)
    }

    func testNulInAnyTextIsRefusedByPathRatherThanCutShort() throws {
        // SQLite ends text at a NUL: imported as it was, this note would have lost all after "Before".
        var object = try exportObject()
        changeSession(&object, 0) { $0["process_note"] = "Before\u{0}after" }
        var clients = object["clients"] as! [[String: Any]]
        clients[0]["name"] = "Wren\u{0}"
        object["clients"] = clients
        let message = try assertRefused(try data(object), "NUL in a note and a name")
        XCTAssertTrue(message.contains("clients[0].name: contains a NUL character"), message)
        XCTAssertTrue(message.contains("clients[0].sessions[0].process_note: contains a NUL character"), message)
        XCTAssertFalse(message.contains("Wren"), "the refusal names the place, not the name")
    }

    func testNulTypedOrPastedIntoANoteKeepsEverythingAfterIt() throws {
        let folder = try TemporaryFolder()
        let store = try seededStore(folder)
        let client = try XCTUnwrap(try store.client(code: "QQ-001"))
        let session = try store.createSession(clientID: client.id!)
        try store.saveNote(sessionID: session.id!, layer: .process, text: "Before\u{0}after the paste. #loss", visit: EditingVisit())
        XCTAssertEqual(try store.sessions(clientID: client.id!).first?.processNote, "Before\u{FFFD}after the paste. #loss")
        try store.sign(sessionID: session.id!)
        let amendment = try store.amend(sessionID: session.id!, layer: .process, text: "Also\u{0}this.")
        XCTAssertEqual(try store.amendments(sessionID: session.id!).first?.body, "Also\u{FFFD}this.")
        XCTAssertEqual(amendment.body, "Also\u{FFFD}this.")
    }

    func testInvalidUTF8InTheFileIsRefused() throws {
        let json = try XCTUnwrap(String(data: try data(try exportObject()), encoding: .utf8))
        var bytes = Array(json.utf8)
        let quote = try XCTUnwrap(bytes.firstIndex(of: UInt8(ascii: "\"")))
        for bad: [UInt8] in [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]] {
            var broken = bytes
            broken.insert(contentsOf: bad, at: quote + 1)
            try assertRefused(Data(broken), "invalid UTF-8 \(bad)")
        }
        bytes.insert(0, at: quote + 1)
        try assertRefused(Data(bytes), "a raw NUL byte inside a JSON string")
    }

    func testWrongTypesAreNamedByTheirPath() throws {
        let base = try exportObject()
        let observed = firstSessionIndex(base) { !($0["observations"] as! [[String: Any]]).isEmpty }
        let cases: [(String, (inout [String: Any]) -> Void)] = [
            ("clients: must be a list", { $0["clients"] = ["code": "X"] }),
            ("codebook[0].slug: must be text", { o in
                var codebook = o["codebook"] as! [[String: Any]]; codebook[0]["slug"] = 12; o["codebook"] = codebook }),
            ("clients[0].sessions: must be a list", { o in
                var clients = o["clients"] as! [[String: Any]]; clients[0]["sessions"] = "none"; o["clients"] = clients }),
            ("clients[0].sessions[\(observed)].observations[0].intensity: must be a whole number", { o in
                self.changeSession(&o, observed) { s in
                    var observations = s["observations"] as! [[String: Any]]; observations[0]["intensity"] = "high"; s["observations"] = observations
                }
            }),
            ("clients[0].sessions[0].process_note: must be text, not null", { o in
                self.changeSession(&o, 0) { $0["process_note"] = NSNull() } }),
            ("clients[0].sessions[0].flagged_for_supervision: must be true or false", { o in
                self.changeSession(&o, 0) { $0["flagged_for_supervision"] = [1, 2] } }),
        ]
        for (expected, change) in cases {
            var object = base
            change(&object)
            let message = try assertRefused(try data(object), expected)
            XCTAssertTrue(message.contains(expected), "expected \(expected.debugDescription) in \(message)")
        }
    }

    func testDuplicatesAreRefusedByPath() throws {
        var object = try exportObject()
        var clients = object["clients"] as! [[String: Any]]
        var twin = clients[0]
        twin["code"] = (twin["code"] as! String).lowercased()
        clients.append(twin)
        object["clients"] = clients
        var message = try assertRefused(try data(object), "the same client twice")
        XCTAssertTrue(message.contains("clients[1].code: client \(twin["code"]!) appears twice in the file"), message)

        object = try exportObject()
        changeSession(&object, 1) { $0["number"] = 1 }
        message = try assertRefused(try data(object), "two sessions numbered 1")
        XCTAssertTrue(message.contains("clients[0].sessions[1].number: session 1 appears twice"), message)

        object = try exportObject()
        var codebook = object["codebook"] as! [[String: Any]]
        codebook.append(codebook[0])
        object["codebook"] = codebook
        message = try assertRefused(try data(object), "a code twice in the codebook")
        XCTAssertTrue(message.contains("codebook[\(codebook.count - 1)]: "), message)
        XCTAssertTrue(message.contains("appears twice in the codebook"), message)
    }

    func testReferencesToNothingAreRefusedByPath() throws {
        var object = try exportObject()
        let withEpisode = firstSessionIndex(object) { !($0["episodes"] as! [[String: Any]]).isEmpty }
        changeSession(&object, withEpisode) { s in
            var episodes = s["episodes"] as! [[String: Any]]
            episodes[0]["figure"] = 99
            episodes[0]["wish"] = "ccrt_wish/no-such-wish"
            s["episodes"] = episodes
        }
        var codebook = object["codebook"] as! [[String: Any]]
        codebook[0]["parent"] = "no-such-parent"
        object["codebook"] = codebook
        let message = try assertRefused(try data(object), "dangling references")
        let episode = "clients[0].sessions[\(withEpisode)].episodes[0]"
        XCTAssertTrue(message.contains("\(episode).figure: no figure 99"), message)
        XCTAssertTrue(message.contains("\(episode).wish: no code ccrt_wish/no-such-wish"), message)
        XCTAssertTrue(message.contains("codebook[0].parent: no code"), message)
    }

    /// Random damage to a valid file: whatever is left either imports whole (every client in
    /// the file arrives) or is refused with nothing written.
    func testRandomlyDamagedFilesImportWholeOrNotAtAll() throws {
        let base = try exportObject()
        var random = SplitMix64(seed: 0x1A7_0B7)
        let junk: [Any] = [NSNull(), 0, -1, 3, 1e300, "", "x", "\u{0}", String(repeating: "é", count: 5_000), [Any](), [String: Any](), true]
        var imported = 0
        var refused = 0
        for iteration in 0..<Fuzz.iterations(40) {
            var object: Any = base
            for _ in 0..<(1 + random.below(3)) {
                object = Self.damage(object, &random, junk: junk, depth: 0)
            }
            let bytes = try data(object)
            let folder = try TemporaryFolder()
            let store = try seededStore(folder)
            let before = try tableCounts(store)
            do {
                let summary = try CaseloadImporter(store: store).importData(bytes)
                imported += 1
                let clients = ((object as? [String: Any])?["clients"] as? [Any])?.count ?? -1
                XCTAssertEqual(try tableCounts(store)[0], before[0] + clients, "iteration \(iteration): \(summary)")
            } catch let error as ImportError {
                refused += 1
                XCTAssertEqual(try tableCounts(store), before, "iteration \(iteration): rows changed on \(error)")
                if case .invalid(let problems) = error {
                    XCTAssertFalse(problems.isEmpty || problems.contains { $0.path.isEmpty }, "iteration \(iteration): \(error)")
                }
            } catch {
                XCTFail("iteration \(iteration): not an ImportError: \(error)")
            }
        }
        XCTAssertGreaterThan(refused, 0, "the damage reaches the checks")
        XCTAssertGreaterThan(imported + refused, 0)
    }

    /// One random change somewhere in the tree: a key removed, a value replaced with junk, an
    /// array element duplicated or dropped.
    private static func damage(_ value: Any, _ random: inout SplitMix64, junk: [Any], depth: Int) -> Any {
        if var dictionary = value as? [String: Any], !dictionary.isEmpty {
            let keys = dictionary.keys.sorted()
            let key = keys[random.below(keys.count)]
            switch random.below(depth < 2 ? 6 : 4) {
            case 0: dictionary.removeValue(forKey: key)
            case 1: dictionary[key] = junk[random.below(junk.count)]
            default: dictionary[key] = damage(dictionary[key]!, &random, junk: junk, depth: depth + 1)
            }
            return dictionary
        }
        if var array = value as? [Any], !array.isEmpty {
            let index = random.below(array.count)
            switch random.below(5) {
            case 0: array.append(array[index])
            case 1: array.remove(at: index)
            default: array[index] = damage(array[index], &random, junk: junk, depth: depth + 1)
            }
            return array
        }
        return junk[random.below(junk.count)]
    }
}
