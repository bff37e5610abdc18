import Foundation
import XCTest
@testable import CasebookTUI

final class ExternalEditorTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "casebook-editor-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    /// A real shell script standing in for the user's editor.
    private func editor(_ name: String, _ body: String) throws -> [String] {
        let path = folder + "/" + name
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return [path]
    }

    /// Runs the child as the shell's `runChild` would, returning its exit status.
    private func run(_ argv: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: argv[0])
        process.arguments = Array(argv.dropFirst())
        do { try process.run() } catch { return 127 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    func testEditorCommandPrefersEDITORThenVISUALThenVi() {
        XCTAssertEqual(ExternalEditor.editorCommand(environment: ["EDITOR": "nano", "VISUAL": "code"]), ["nano"])
        XCTAssertEqual(ExternalEditor.editorCommand(environment: ["VISUAL": "code --wait"]), ["code", "--wait"])
        XCTAssertEqual(ExternalEditor.editorCommand(environment: ["EDITOR": "  "]), ["vi"])
        XCTAssertEqual(ExternalEditor.editorCommand(environment: [:]), ["vi"])
    }

    func testEditorCommandHonoursSimpleQuoting() {
        XCTAssertEqual(ExternalEditor.editorCommand(environment: ["EDITOR": "\"/opt/My Editor/bin/ed\" -n 'two words'"]),
                       ["/opt/My Editor/bin/ed", "-n", "two words"])
        XCTAssertEqual(ExternalEditor.editorCommand(environment: ["EDITOR": "my\\ editor  --flag"]), ["my editor", "--flag"])
    }

    func testAppendedLineComesBackAsChangedText() throws {
        let command = try editor("append.sh", "printf 'She spoke of her father.\\n' >> \"$1\"")
        let result = try ExternalEditor.edit(text: "Arrived late.\n", command: command, runner: run)
        XCTAssertEqual(result, .changed("Arrived late.\nShe spoke of her father.\n"))
    }

    func testTheTemporaryFileIsPrivateMarkdownAndGoneAfterwards() throws {
        let record = folder + "/seen.txt"
        let command = try editor("inspect.sh", "stat -c '%a %n' \"$1\" \"$(dirname \"$1\")\" > '\(record)'")
        XCTAssertEqual(try ExternalEditor.edit(text: "Silence.", command: command, runner: run), .unchanged)
        let seen = try String(contentsOfFile: record, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(seen.count, 2)
        XCTAssertTrue(seen[0].hasPrefix("600 ") && seen[0].hasSuffix(".md"), seen[0])
        XCTAssertTrue(seen[1].hasPrefix("700 "), seen[1])
        let path = String(seen[0].dropFirst(4))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "the note must not remain on disk")
        XCTAssertFalse(FileManager.default.fileExists(atPath: (path as NSString).deletingLastPathComponent))
    }

    func testWindowsLineEndingsAreNormalised() throws {
        let command = try editor("crlf.sh", "printf 'one\\r\\ntwo\\r\\n' > \"$1\"")
        XCTAssertEqual(try ExternalEditor.edit(text: "one\n", command: command, runner: run), .changed("one\ntwo\n"))
    }

    func testFailingEditorKeepsTheNoteAndSaysSo() throws {
        let command = try editor("fail.sh", "printf 'garbage' > \"$1\"; exit 3")
        let result = try ExternalEditor.edit(text: "Keep me.", command: command, runner: run)
        guard case let .failed(status, message) = result else { return XCTFail("\(result)") }
        XCTAssertEqual(status, 3)
        XCTAssertTrue(message.contains("status 3") && message.contains("unchanged"), message)
    }

    func testMissingEditorProgramIsReported() throws {
        let result = try ExternalEditor.edit(text: "x", command: [folder + "/no-such-editor"], runner: run)
        guard case let .failed(status, message) = result else { return XCTFail("\(result)") }
        XCTAssertEqual(status, 127)
        XCTAssertTrue(message.contains("$EDITOR"), message)
    }

    func testEditorThatDeletesTheFileLeavesTheNoteUnchanged() throws {
        let command = try editor("delete.sh", "rm \"$1\"")
        let result = try ExternalEditor.edit(text: "Keep me.", command: command, runner: run)
        guard case let .failed(_, message) = result else { return XCTFail("\(result)") }
        XCTAssertTrue(message.contains("removed the file"), message)
    }

    func testFileThatIsNoLongerUTF8IsRefused() throws {
        let command = try editor("binary.sh", "printf '\\377\\376\\000x' > \"$1\"")
        let result = try ExternalEditor.edit(text: "Keep me.", command: command, runner: run)
        guard case let .failed(_, message) = result else { return XCTFail("\(result)") }
        XCTAssertTrue(message.contains("no longer UTF-8"), message)
    }
}
