import Foundation
import XCTest

/// Runs the built `casebook` binary as a person would, with its own temporary home and
/// `CASEBOOK_DB`, so no test touches a real caseload.
final class CLIRunner {
    /// The tests exercise the real executable; without it they fail, never pass vacuously.
    struct MissingBinary: Error, CustomStringConvertible {
        var path: String
        var description: String { "no casebook binary at \(path); run `swift build` first (.ci/run does)" }
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        func json() throws -> Any {
            try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        }
    }

    let folder: URL
    let binary: URL
    /// The default database for commands run without `--db`.
    var databasePath: String { folder.appendingPathComponent("casebook.sqlite").path }

    init(file: StaticString = #filePath) throws {
        let root = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        binary = root.appendingPathComponent(".build/debug/casebook")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw MissingBinary(path: binary.path)
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil, environment extra: [String: String] = [:]) throws -> Result {
        try run(arguments, input: Data((stdin ?? "").utf8), environment: extra)
    }

    @discardableResult
    func run(_ arguments: [String], input bytes: Data, environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["CASEBOOK_DB"] = databasePath
        environment["HOME"] = folder.path
        environment["XDG_DATA_HOME"] = folder.appendingPathComponent("data").path
        environment["XDG_CONFIG_HOME"] = folder.appendingPathComponent("config").path
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "LC_ALL")
        environment.removeValue(forKey: "NO_COLOR")
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(bytes)
        try input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a long listing cannot block the child.
        let queue = DispatchQueue(label: "stderr")
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        queue.async(group: group) { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }
}
