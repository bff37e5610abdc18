import Foundation
import XCTest

/// Runs the real `casebook` binary inside a private tmux server, types keys into it and reads the
/// screen back, the way a person at the terminal would see it.
final class TmuxDriver {
    let socket: String
    let session = "cb"
    private(set) var isRunning = false

    /// The package root, found from this file's path.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static var binary: String { packageRoot.appendingPathComponent(".build/debug/casebook").path }

    struct DriverError: Error, CustomStringConvertible { var message: String; var description: String { message } }

    init() {
        socket = "casebook-e2e-\(UUID().uuidString.prefix(8))"
    }

    deinit { stop() }

    /// Starts `casebook ARGS` in a `width`×`height` terminal with the given extra environment.
    func start(_ arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw DriverError(message: "no binary at \(Self.binary): run `swift build` first (.ci/run does)")
        }
        var env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        env.merge(environment) { $1 }
        let envPrefix = env.map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
        let command = "env \(envPrefix) \(Self.quote(Self.binary)) \(arguments.map(Self.quote).joined(separator: " ")); sleep 30"
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw DriverError(message: "tmux is missing: apt-get install tmux (.ci/run does)")
        }
        try tmux(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", command])
        isRunning = true
    }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", session] + keys) }

    /// Esc alone, then a pause longer than the Esc delay, so the next key is not read as Alt-key
    /// (a person never types that fast).
    func escape() throws {
        try send("Escape")
        Thread.sleep(forTimeInterval: 0.2)
    }

    /// Types text literally (no key-name interpretation).
    func type(_ text: String) throws { try tmux(["send-keys", "-t", session, "-l", text]) }

    /// Pastes `text` the way a terminal does: bracketed (`ESC [200~ … ESC [201~`, since the app
    /// asks for it) and with line feeds sent as carriage returns.
    func paste(_ text: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-paste-\(UUID().uuidString)")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try tmux(["load-buffer", "-b", "e2e", file.path])
        try tmux(["paste-buffer", "-p", "-d", "-b", "e2e", "-t", session])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    func screen() throws -> String { try tmux(["capture-pane", "-t", session, "-p"]) }

    /// Waits until the screen contains `text`, or fails with the screen as it was.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = (try? screen()) ?? ""
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("waited \(timeout)s for \"\(text)\"; the screen was:\n\(last)", file: file, line: line)
        return last
    }

    /// The pid of the program running in the pane.
    func panePID() throws -> Int32 {
        let out = try tmux(["list-panes", "-t", session, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        return Int32(out) ?? 0
    }

    /// The pid of the `casebook` process itself (the pane's shell starts it as its child).
    func casebookPID() throws -> Int32? {
        let shell = try panePID()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
        process.arguments = ["-P", "\(shell)", "casebook"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").first.flatMap { Int32($0) }
    }

    func stop() {
        guard isRunning else { return }
        isRunning = false
        _ = try? tmux(["kill-server"])
    }

    /// Runs the tmux client with posix_spawn and waitpid. Foundation's Process is not used here:
    /// `new-session` forks the tmux server, and Process was seen to wait on it forever.
    @discardableResult
    private func tmux(_ args: [String]) throws -> String {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString).out").path
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["/usr/bin/tmux", "-L", socket, "-f", "/dev/null"] + args
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/tmux", &actions, nil, &cArgs, environ)
        guard spawned == 0 else { throw DriverError(message: "could not start tmux (error \(spawned))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
