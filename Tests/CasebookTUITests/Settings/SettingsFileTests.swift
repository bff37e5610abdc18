import CasebookCore
import Foundation
import XCTest
@testable import CasebookTUI

final class SettingsFileTests: XCTestCase {
    private var folder: String = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "casebook-settings-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    private var file: SettingsFile { SettingsFile(path: folder + "/casebook/config.toml") }

    private func write(_ text: String) throws {
        try FileManager.default.createDirectory(atPath: folder + "/casebook", withIntermediateDirectories: true)
        try text.write(toFile: file.path, atomically: false, encoding: .utf8)
    }

    private func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    func testStandardPathFollowsXDGThenHome() {
        XCTAssertEqual(SettingsFile.standard(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"])?.path, "/x/casebook/config.toml")
        XCTAssertEqual(SettingsFile.standard(environment: ["HOME": "/h"])?.path, "/h/.config/casebook/config.toml")
        XCTAssertNil(SettingsFile.standard(environment: [:]))
    }

    func testMissingFileGivesDefaultsWithoutError() {
        let loaded = file.load()
        XCTAssertEqual(loaded.settings, Settings())
        XCTAssertEqual(loaded.settings.idleLockMinutes, 10)
        XCTAssertFalse(loaded.settings.codeOnly)
        XCTAssertTrue(loaded.errors.isEmpty)
    }

    func testSavedSettingsComeBackUnchanged() throws {
        let hash = Passphrase.make("harbour", iterations: 3).stored
        let settings = Settings(idleLockMinutes: 0, codeOnly: true, theme: "high-contrast", passphraseHash: hash)
        try file.save(settings)
        let loaded = file.load()
        XCTAssertEqual(loaded.errors, [])
        XCTAssertEqual(loaded.settings, settings)
    }

    func testSaveCreatesAPrivateFolderAndFile() throws {
        try file.save(Settings())
        XCTAssertEqual(try mode(folder + "/casebook") & 0o777, 0o700)
        XCTAssertEqual(try mode(file.path) & 0o777, 0o600)
    }

    func testSyntaxErrorNamesFileAndLineAndLeavesTheFileAlone() throws {
        let broken = "code_only = true\nidle_lock_minutes = = 5\n"
        try write(broken)
        let loaded = file.load()
        XCTAssertEqual(loaded.settings, Settings())
        XCTAssertEqual(loaded.errors.count, 1)
        let message = loaded.errors[0].description
        XCTAssertTrue(message.hasPrefix(file.path + ":2"), message)
        XCTAssertTrue(message.contains("TOML syntax error"), message)
        XCTAssertEqual(try String(contentsOfFile: file.path, encoding: .utf8), broken, "loading must never rewrite a broken file")
    }

    func testBadValuesNameTheKeyAndLineAndKeepTheGoodOnes() throws {
        try write("theme = \"light\"\ncode_only = \"yes\"\nidle_lock_minutes = 500\n")
        let loaded = file.load()
        XCTAssertEqual(loaded.settings.theme, "light")
        XCTAssertEqual(loaded.settings.codeOnly, false)
        XCTAssertEqual(loaded.settings.idleLockMinutes, 10)
        let messages = loaded.errors.map(\.description)
        XCTAssertTrue(messages.contains { $0.contains(":2: key \"code_only\": must be true or false") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains(":3: key \"idle_lock_minutes\": must be a whole number of minutes from 0 (off) to 240") }, "\(messages)")
    }

    func testMalformedPassphraseHashIsReportedNotTrusted() throws {
        try write("passphrase_hash = \"pbkdf2-sha256$abc\"\n")
        let loaded = file.load()
        XCTAssertNil(loaded.settings.passphraseHash)
        XCTAssertTrue(loaded.errors.first?.description.contains("passphrase_hash") ?? false)
    }

    func testUnknownKeysAreNotFatalAndSurviveASave() throws {
        try write("future_option = 3\ncode_only = true\n[plugins]\nname = \"x\"\n")
        let loaded = file.load()
        XCTAssertEqual(loaded.errors, [])
        XCTAssertTrue(loaded.settings.codeOnly)
        var settings = loaded.settings
        settings.idleLockMinutes = 25
        try file.save(settings)
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        XCTAssertTrue(text.contains("future_option = 3"), text)
        XCTAssertTrue(text.contains("[plugins]"), text)
        XCTAssertEqual(file.load().settings.idleLockMinutes, 25)
    }

    func testSavingFromTheScreenReplacesABrokenFile() throws {
        try write("idle_lock_minutes = = 5\n")
        try file.save(Settings(idleLockMinutes: 3))
        let loaded = file.load()
        XCTAssertEqual(loaded.errors, [])
        XCTAssertEqual(loaded.settings.idleLockMinutes, 3)
    }

    func testClearingThePassphraseRemovesItFromTheFile() throws {
        try file.save(Settings(passphraseHash: Passphrase.make("a", iterations: 2).stored))
        try file.save(Settings())
        XCTAssertFalse(try String(contentsOfFile: file.path, encoding: .utf8).contains("passphrase_hash"))
    }

    func testFailedSaveLeavesNoPartialOrTemporaryFile() throws {
        // The destination is a folder, so the final rename fails after the data was written.
        try FileManager.default.createDirectory(atPath: file.path, withIntermediateDirectories: true)
        XCTAssertThrowsError(try file.save(Settings(codeOnly: true))) { error in
            XCTAssertTrue("\(error)".contains("previous file is unchanged"), "\(error)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder + "/casebook")
        XCTAssertEqual(leftovers, ["config.toml"], "no temporary file may be left behind")
        var isFolder: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder) && isFolder.boolValue)
    }
}
