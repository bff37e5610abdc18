import Foundation
import XCTest
@testable import TerminalKit

/// Theme files are user-edited text: whatever is in them, loading never crashes, a broken file
/// is reported with its own path, and the interface falls back to the built-in default.
final class ThemeFileFuzzTests: XCTestCase {
    private var folder: URL!
    private let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes").path

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-theme-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private var catalog: ThemeCatalog { ThemeCatalog(userDirectory: folder.path, shippedDirectories: [shipped]) }

    private static let tomlPieces = [
        "[", "]", "[[", "]]", "{", "}", "=", "\"", "'", "'''", "\"\"\"", ",", ".", "#", "\n", " ", "\t", "\\",
        "\\u", "\\U0010FFFF", "inherits", "palette", "fg", "bg", "modifiers", "bold", "text", "tag.theme", "#ff00ff",
        "#zzz", "300", "-1", "1e999", "true", "1979-05-27T07:32:00Z", "\u{0}", "\u{feff}", "é", "中", "\r",
        "inherits = \"fuzz\"", "inherits = \"default\"", "[palette]", "text = { fg = \"nowhere\" }",
    ]

    private func write(_ bytes: [UInt8], name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func assertReportedWithPath(_ path: String, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        let errors = catalog.check(file: path)
        for error in errors {
            XCTAssertFalse(error.file.isEmpty, message, file: file, line: line)
            XCTAssertTrue(error.description.hasPrefix(error.file), "\(error) names its file first; \(message)", file: file, line: line)
        }
        let loaded = catalog.load(path)
        if !errors.isEmpty {
            XCTAssertTrue(errors.contains { $0.file == path || $0.description.contains(path) }, "\(errors) \(message)", file: file, line: line)
            XCTAssertEqual(loaded.theme, Theme.builtinDefault, "a broken theme falls back to the default; \(message)", file: file, line: line)
        }
    }

    func testRandomTomlishBytesNeverCrashAndErrorsNameTheFile() throws {
        var random = SplitMix64(seed: 0x70_31)
        for iteration in 0..<Fuzz.iterations(150) {
            var bytes: [UInt8] = []
            for _ in 0..<random.below(60) {
                if random.below(5) == 0 {
                    bytes += random.randomBytes(random.below(6))
                } else {
                    bytes += Array(Self.tomlPieces[random.below(Self.tomlPieces.count)].utf8)
                }
            }
            let path = try write(bytes, name: "fuzz.toml")
            assertReportedWithPath(path, "iteration \(iteration): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
    }

    func testMutatedShippedThemesNeverCrashAndErrorsNameTheFile() throws {
        let originals = try FileManager.default.contentsOfDirectory(atPath: shipped).filter { $0.hasSuffix(".toml") }.sorted()
            .map { try Data(contentsOf: URL(fileURLWithPath: shipped + "/" + $0)) }
        XCTAssertFalse(originals.isEmpty, "the shipped themes are the seeds")
        var random = SplitMix64(seed: 0x3A7E)
        for iteration in 0..<Fuzz.iterations(150) {
            var bytes = Array(originals[random.below(originals.count)])
            for _ in 0..<(1 + random.below(8)) {
                let at = random.below(bytes.count + 1)
                switch random.below(4) {
                case 0: if at < bytes.count { bytes.remove(at: at) }
                case 1: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
                case 2: bytes.insert(contentsOf: Array(Self.tomlPieces[random.below(Self.tomlPieces.count)].utf8), at: at)
                default: if at < bytes.count { bytes[at] ^= UInt8(1 << random.below(8)) }
                }
            }
            let path = try write(bytes, name: "mutant.toml")
            assertReportedWithPath(path, "iteration \(iteration)")
        }
    }

    func testDeepNestingAndSelfInheritanceAreErrorsNotCrashes() throws {
        let deep = "x = " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n"
        let tables = String(repeating: "[a.b.c.d.e.f.g.h]\n", count: 2) + "text = { fg = \"red\" }\n"
        let loop = "inherits = \"loop\"\ntext = { fg = \"red\" }\n"
        for (name, text) in [("deep.toml", deep), ("tables.toml", tables), ("loop.toml", loop)] {
            let path = try write(Array(text.utf8), name: name)
            assertReportedWithPath(path, name)
        }
        XCTAssertFalse(catalog.check(file: folder.appendingPathComponent("loop.toml").path).isEmpty, "a theme inheriting itself is reported")
    }
}
