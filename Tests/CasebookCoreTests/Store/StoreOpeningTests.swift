import Foundation
import GRDB
import XCTest
@testable import CasebookCore

final class StoreOpeningTests: XCTestCase {
    func testEmptyFolderGetsEveryMigrationAndAHealthyDatabase() throws {
        let folder = try TemporaryFolder()
        let store = try CaseStore(url: folder.url.appendingPathComponent("new/casebook.sqlite"))
        let check = try store.check()
        XCTAssertTrue(check.isHealthy, "\(check)")
        XCTAssertEqual(check.appliedMigrations, Migrations.knownIdentifiers)
        XCTAssertEqual(check.schemaVersion, Migrations.knownIdentifiers.last)
        let tables = try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        for table in ["client", "figure", "session", "note_revision", "note_amendment", "tag", "observation",
                      "relationship_episode", "formulation", "formulation_revision", "measure", "disclosure", "search_index"] {
            XCTAssertTrue(tables.contains(table), "missing table \(table)")
        }
        let pragmas = try store.database.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
             try Int.fetchOne(db, sql: "PRAGMA secure_delete"))
        }
        XCTAssertEqual(pragmas.0, "wal")
        XCTAssertEqual(pragmas.1, 1)
        XCTAssertEqual(pragmas.2, 1)
    }

    func testNewDatabaseFolderIsPrivateAndFileIsOwnerOnly() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("data/casebook/casebook.sqlite")
        let store = try CaseStore(url: url)
        _ = try makeClient(store)
        XCTAssertEqual(CaseStore.permissions(of: url.deletingLastPathComponent().path), 0o700)
        XCTAssertEqual(CaseStore.permissions(of: url.path), 0o600)
        XCTAssertEqual(CaseStore.permissions(of: url.path + "-wal"), 0o600)
        XCTAssertTrue(store.warnings.isEmpty)
    }

    func testExistingFileReadableByOthersOpensWithAWarning() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("casebook.sqlite")
        try CaseStore(url: URL(fileURLWithPath: path)).close()
        chmod(path, 0o644)
        let store = try CaseStore(url: URL(fileURLWithPath: path))
        XCTAssertEqual(store.warnings, [.readableByOthers(path: path, mode: 0o644)])
        XCTAssertTrue(store.warnings[0].description.contains("chmod 600"))
    }

    func testTextFileIsRefusedAsNotADatabaseAndLeftUnchanged() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("notes.txt")
        let original = Data("Session notes I keep in a text file.\n".utf8)
        try original.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try CaseStore(url: URL(fileURLWithPath: path))) { error in
            XCTAssertEqual(error as? StoreError, .notADatabase(path: path))
            XCTAssertTrue("\(error)".contains("left untouched"))
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), original)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.url.path), ["notes.txt"])
    }

    func testDatabaseFromNewerVersionIsRefusedAndLeftUnchanged() throws {
        let folder = try TemporaryFolder()
        let path = try populatedDatabase(in: folder)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future-feature')")
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try CaseStore(url: URL(fileURLWithPath: path))) { error in
            XCTAssertEqual(error as? StoreError, .newerVersion(path: path, unknownMigrations: ["v9-future-feature"]))
            XCTAssertTrue("\(error)".contains("update Casebook"))
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }

    func testTruncatedDatabaseIsRefusedAsCorruptAndLeftUnchanged() throws {
        let folder = try TemporaryFolder()
        let path = try populatedDatabase(in: folder)
        let url = URL(fileURLWithPath: path)
        let cut = try Data(contentsOf: url).prefix(3 * 4096)
        try cut.write(to: url)
        XCTAssertThrowsError(try CaseStore(url: url)) { error in
            guard case .corrupt(let reported, _) = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(reported, path)
        }
        XCTAssertEqual(try Data(contentsOf: url), cut)
    }

    func testGarbledDatabaseIsRefusedAsCorruptAndLeftUnchanged() throws {
        let folder = try TemporaryFolder()
        let path = try populatedDatabase(in: folder)
        let url = URL(fileURLWithPath: path)
        var bytes = try Data(contentsOf: url)
        // The schema's b-tree page header and cell pointers, just after the 100-byte file header.
        for offset in 100..<400 { bytes[offset] = 0xA5 }
        try bytes.write(to: url)
        XCTAssertThrowsError(try CaseStore(url: url)) { error in
            guard case .corrupt = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("backup"))
        }
        XCTAssertEqual(try Data(contentsOf: url), bytes)
    }

    func testDamageBeyondTheSchemaIsFoundByTheIntegrityCheckAndLeftUnchanged() throws {
        let folder = try TemporaryFolder()
        let path = try populatedDatabase(in: folder)
        let url = URL(fileURLWithPath: path)
        var config = Configuration()
        config.readonly = true
        let reader = try DatabaseQueue(path: path, configuration: config)
        let rootPage = try XCTUnwrap(try reader.read { db in
            try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'session'")
        })
        try reader.close()
        var bytes = try Data(contentsOf: url)
        // The session table's page only: the schema still reads fine, the b-tree does not.
        let start = (rootPage - 1) * 4096
        for offset in start..<(start + 12) { bytes[offset] = 0x7F }
        try bytes.write(to: url)
        XCTAssertThrowsError(try CaseStore(url: url)) { error in
            guard case .corrupt = error as? StoreError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try Data(contentsOf: url), bytes)
    }

    func testReadOnlyFileGetsAClearErrorAndIsLeftUnchanged() throws {
        let folder = try TemporaryFolder()
        let path = try populatedDatabase(in: folder)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        chmod(path, 0o400)
        XCTAssertThrowsError(try CaseStore(url: URL(fileURLWithPath: path))) { error in
            XCTAssertEqual(error as? StoreError, .readOnly(path: path))
            XCTAssertTrue("\(error)".contains("read-only"))
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }

    func testLocationPrefersExplicitPathThenEnvironmentThenXDGThenHome() {
        let home = "/home/therapist"
        XCTAssertEqual(
            DatabaseLocation.resolve(explicit: "/tmp/x.sqlite", environment: ["CASEBOOK_DB": "/a.sqlite"], homeDirectory: home).path,
            "/tmp/x.sqlite")
        XCTAssertEqual(
            DatabaseLocation.resolve(environment: ["CASEBOOK_DB": "~/cases.sqlite", "XDG_DATA_HOME": "/xdg"], homeDirectory: home).path,
            "/home/therapist/cases.sqlite")
        XCTAssertEqual(
            DatabaseLocation.resolve(environment: ["XDG_DATA_HOME": "/xdg"], homeDirectory: home).path,
            "/xdg/casebook/casebook.sqlite")
        XCTAssertEqual(
            DatabaseLocation.resolve(environment: ["XDG_DATA_HOME": "relative"], homeDirectory: home).path,
            "/home/therapist/.local/share/casebook/casebook.sqlite")
    }

    func testReopeningKeepsDataAndAppliesNothingTwice() throws {
        let folder = try TemporaryFolder()
        let path = try populatedDatabase(in: folder)
        let store = try CaseStore(url: URL(fileURLWithPath: path))
        XCTAssertEqual(try store.listClients().map(\.client.code), ["AM-014"])
        XCTAssertEqual(try store.check().appliedMigrations, Migrations.knownIdentifiers)
    }

    /// A closed database with a client and a note, checkpointed so every byte is in the main file.
    private func populatedDatabase(in folder: TemporaryFolder) throws -> String {
        let store = try makeStore(in: folder)
        let client = try makeClient(store)
        let session = try store.createSession(clientID: client.id!)
        try store.saveNote(sessionID: session.id!, layer: .process, text: "She spoke of her mother.", visit: EditingVisit())
        try store.close()
        let path = folder.path("casebook.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
        }
        try queue.close()
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
        return path
    }
}
