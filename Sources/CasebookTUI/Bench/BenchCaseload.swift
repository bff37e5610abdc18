import CasebookCore
import Foundation

/// The benchmark's caseload on disk, generated once per scale and format and kept in the user's
/// cache: a career takes long enough to write that remeasuring should not pay for it each time.
/// Bump `formatVersion` when the generator or schema changes what the file holds.
public struct BenchCaseload: Sendable {
    public static let formatVersion = 2

    public var scale: BenchScale
    public var database: URL
    /// The process notes as one plain file per session, for the `rg` floor.
    public var notes: URL
    /// Seconds spent generating in this run; nil when the cached copy was used.
    public var generationSeconds: Double?

    /// `$XDG_CACHE_HOME/casebook/bench`, else `~/.cache/casebook/bench`.
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return URL(fileURLWithPath: cache).appendingPathComponent("casebook/bench")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/casebook/bench")
    }

    /// The cached caseload for `scale`, generated first when missing. A file half-written by an
    /// interrupted run is never mistaken for a finished one: generation goes to a temporary name
    /// that is renamed only once complete.
    public static func prepare(
        _ scale: BenchScale, in folder: URL, progress: (String) -> Void = { _ in }
    ) throws -> BenchCaseload {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let stem = "\(scale.rawValue)-v\(formatVersion)"
        let database = folder.appendingPathComponent(stem + ".sqlite")
        let notes = folder.appendingPathComponent(stem + "-notes")
        var seconds: Double?
        if !manager.fileExists(atPath: database.path) {
            progress("generating the \(scale.rawValue) caseload into \(database.path) …")
            let started = Date()
            try generate(scale, at: database)
            seconds = Date().timeIntervalSince(started)
        }
        if !manager.fileExists(atPath: notes.path) {
            try writeNotes(of: database, to: notes)
        }
        return BenchCaseload(scale: scale, database: database, notes: notes, generationSeconds: seconds)
    }

    private static func generate(_ scale: BenchScale, at database: URL) throws {
        let manager = FileManager.default
        let partial = database.deletingLastPathComponent().appendingPathComponent(database.lastPathComponent + ".partial")
        for suffix in ["", "-wal", "-shm"] { try? manager.removeItem(atPath: partial.path + suffix) }
        let store = try CaseStore(url: partial)
        // A file half-written when the machine stops is discarded anyway (it keeps its `.partial`
        // name), so waiting for the disk after every client's transaction buys nothing.
        try store.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = OFF") }
        try DemoWriter.write(scale.caseload(), to: store, fillSearchIndexAfterwards: true)
        try store.checkpoint()
        try store.close()
        for suffix in ["-wal", "-shm"] { try? manager.removeItem(atPath: partial.path + suffix) }
        try manager.moveItem(at: partial, to: database)
    }

    private static func writeNotes(of database: URL, to notes: URL) throws {
        let manager = FileManager.default
        let partial = notes.deletingLastPathComponent().appendingPathComponent(notes.lastPathComponent + ".partial")
        try? manager.removeItem(at: partial)
        try manager.createDirectory(at: partial, withIntermediateDirectories: true)
        let store = try CaseStore(url: database)
        for summary in try store.listClients() {
            guard let clientID = summary.client.id else { continue }
            for session in try store.sessions(clientID: clientID) where !session.processNote.isEmpty {
                guard let id = session.id else { continue }
                try Data(session.processNote.utf8).write(to: partial.appendingPathComponent("session-\(id).txt"))
            }
        }
        try store.close()
        try manager.moveItem(at: partial, to: notes)
    }
}
