import CasebookCore
import Foundation
import XCTest

/// A private folder, a tmux server and the real binary: what every end-to-end test starts from.
/// Each test gets its own HOME and XDG folders, so nothing touches a real caseload or config.
class EndToEndTestCase: XCTestCase {
    var folder: URL!
    var tmux: TmuxDriver!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        tmux = TmuxDriver()
    }

    override func tearDownWithError() throws {
        tmux.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    var db: String { folder.appendingPathComponent("casebook.sqlite").path }

    func environment() -> [String: String] {
        ["HOME": folder.path, "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
         "XDG_DATA_HOME": folder.appendingPathComponent("data").path]
    }

    struct CLIResult {
        var status: Int32
        var out: String
        var err: String
    }

    /// Runs a casebook subcommand on the test's database (or `database`), feeding `stdin` to it.
    func cli(_ arguments: [String], stdin: String = "", database: String? = nil) throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TmuxDriver.binary)
        process.arguments = arguments + ["--db", database ?? db]
        process.environment = ProcessInfo.processInfo.environment.merging(environment()) { $1 }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        // Both pipes are read to the end before waiting, so neither can fill up and block the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CLIResult(
            status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
            err: String(decoding: errData, as: UTF8.self))
    }

    func openApp(width: Int = 80, height: Int = 24) throws {
        try tmux.start(["--db", db], width: width, height: height, environment: environment())
    }

    /// Writes a fictional caseload with `casebook demo`, opens the interface on it at the given
    /// size and waits until the Clients screen lists the first client. Returns the caseload.
    @discardableResult
    func openDemo(
        clients: Int, sessions: String? = nil, width: Int = 80, height: Int = 24,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> DemoCaseload {
        try writeDemo(clients: clients, sessions: sessions, file: file, line: line)
        try openApp(width: width, height: height)
        try tmux.waitFor("Clients", file: file, line: line)
        let caseload = Self.demoCaseload(clients: clients, sessions: sessions)
        if let first = caseload.clients.first { try tmux.waitFor(first.code, file: file, line: line) }
        return caseload
    }

    /// What `casebook demo --clients N --sessions-per-client S` writes (codes depend on both).
    static func demoCaseload(clients: Int, sessions: String? = nil) -> DemoCaseload {
        let bounds = sessions?.split(separator: "-").compactMap { Int($0) } ?? []
        guard let low = bounds.first else { return DemoCaseload.generate(clients: clients) }
        return DemoCaseload.generate(clients: clients, sessionsPerClient: low...(bounds.last ?? low))
    }

    func writeDemo(clients: Int, sessions: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws {
        let demo = try cli(["demo", db, "--clients", "\(clients)"] + (sessions.map { ["--sessions-per-client", $0] } ?? []))
        XCTAssertEqual(demo.status, 0, demo.err, file: file, line: line)
    }

    /// The session created last and its client's code, as a store opened afresh reads them
    /// (what reopening would show).
    func newestSession() throws -> (code: String, session: Session)? {
        let store = try CaseStore(path: db)
        defer { try? store.close() }
        var newest: (code: String, session: Session)?
        for summary in try store.listClients() {
            for session in try store.sessions(clientID: summary.client.id!) where (session.id ?? 0) > (newest?.session.id ?? 0) {
                newest = (summary.client.code, session)
            }
        }
        return newest
    }

    /// One session as a store opened afresh reads it.
    func session(id: Int64) throws -> Session? {
        let store = try CaseStore(path: db)
        defer { try? store.close() }
        return try store.session(id: id)
    }

    /// Waits until the saved process note of session `id` is `text`; fails showing what was saved.
    func waitUntilSaved(_ text: String, sessionID id: Int64, timeout: TimeInterval = 10,
                        file: StaticString = #filePath, line: UInt = #line) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var saved: String?
        while Date() < deadline {
            saved = try session(id: id)?.processNote
            if saved == text { return }
            Thread.sleep(forTimeInterval: 0.2)
        }
        XCTFail("the note was not saved as typed within \(timeout)s.\nTyped: \(text.debugDescription)\nSaved: "
            + (saved?.debugDescription ?? "nothing"), file: file, line: line)
    }

    /// Whether the casebook process in the pane is still alive.
    func appIsAlive() throws -> Bool {
        guard let pid = try tmux.casebookPID() else { return false }
        return kill(pid, 0) == 0
    }

    /// Leaves a session screen for the Clients screen and quits, so everything is flushed.
    func quitFromSession() throws {
        try tmux.escape()
        try tmux.send("q")
        try tmux.waitFor("Clients")
        try tmux.send("q")
    }
}
