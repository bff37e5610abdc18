import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain-text file holding drafts that could not be saved, written when the interface ends
/// (or is suspended) with text the database refused. Readable only by its owner (0600).
///
/// Where: the database's own folder when it takes a new file, else `$XDG_STATE_HOME/casebook`
/// (`~/.local/state/casebook`), else the home folder, else the temporary folder (`$TMPDIR` or
/// `/tmp`: often in memory, so it still takes a file when the disk is full). The name is `<database name>.recovery-
/// <UTC time>.txt`; its header names the database, so `casebook` and `casebook check` can tell
/// which recovery files belong to the caseload they open.
///
/// Each draft sits between a line giving its title and length in bytes and an end line, so the
/// text is kept byte for byte, whatever it contains.
public enum RecoveryFile {
    static let firstLine = "Casebook recovery file: text that could not be saved to the database."
    static let databasePrefix = "Database: "

    /// The folders tried in order.
    public static func folders(
        databaseURL: URL, environment: [String: String] = ProcessInfo.processInfo.environment,
        homeDirectory: String = NSHomeDirectory()
    ) -> [URL] {
        let state: URL
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            state = URL(fileURLWithPath: xdg).appendingPathComponent("casebook")
        } else {
            state = URL(fileURLWithPath: homeDirectory).appendingPathComponent(".local/state/casebook")
        }
        var result: [URL] = []
        let temporary = URL(fileURLWithPath: environment["TMPDIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp")
        for folder in [databaseURL.deletingLastPathComponent(), state, URL(fileURLWithPath: homeDirectory), temporary]
        where !result.contains(where: { $0.standardizedFileURL.path == folder.standardizedFileURL.path }) {
            result.append(folder)
        }
        return result
    }

    /// The file's whole text.
    public static func contents(_ drafts: [RecoveryDraft], reason: String, databaseURL: URL, now: Date) -> String {
        var text = """
            \(firstLine)
            \(databasePrefix)\(databaseURL.path)
            Written: \(timestamp(now, style: .readable))
            Why: \(reason)
            Copy each text back into Casebook, then delete this file: it holds clinical notes.

            """
        for (index, draft) in drafts.enumerated() {
            text += "\n----- \(index + 1) of \(drafts.count): \(oneLine(draft.title)) · \(draft.text.utf8.count) bytes -----\n"
            text += draft.text
            text += "\n----- end of \(index + 1) -----\n"
        }
        return text
    }

    /// Writes the drafts to a new file in the first folder that takes it whole; returns its path.
    /// A folder that fails half-way (a full disk) has its partial file removed and the next is tried.
    public static func write(
        _ drafts: [RecoveryDraft], reason: String, databaseURL: URL, now: Date,
        environment: [String: String] = ProcessInfo.processInfo.environment, homeDirectory: String = NSHomeDirectory()
    ) throws -> URL {
        let data = Data(contents(drafts, reason: reason, databaseURL: databaseURL, now: now).utf8)
        let stem = databaseURL.deletingPathExtension().lastPathComponent
        var failures: [String] = []
        for (index, folder) in folders(databaseURL: databaseURL, environment: environment, homeDirectory: homeDirectory).enumerated() {
            // Only the state folder is ever created; the others must exist.
            if index == 1, !FileManager.default.fileExists(atPath: folder.path) {
                try? FileManager.default.createDirectory(
                    at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
            let base = "\(stem).recovery-\(timestamp(now, style: .compact))"
            for attempt in 0..<20 {
                let url = folder.appendingPathComponent(attempt == 0 ? "\(base).txt" : "\(base)-\(attempt + 1).txt")
                switch writeExclusive(data, to: url.path) {
                case nil: return url
                case EEXIST?: continue
                case let code?:
                    failures.append("\(folder.path): \(String(cString: strerror(code)))")
                }
                break
            }
        }
        throw RecoveryFileError.nowhereToWrite(failures)
    }

    /// Recovery files of the database at `databaseURL`, oldest first.
    public static func existing(
        databaseURL: URL, environment: [String: String] = ProcessInfo.processInfo.environment,
        homeDirectory: String = NSHomeDirectory()
    ) -> [URL] {
        let stem = databaseURL.deletingPathExtension().lastPathComponent
        var found: [URL] = []
        for folder in folders(databaseURL: databaseURL, environment: environment, homeDirectory: homeDirectory) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() where name.hasPrefix("\(stem).recovery-") && name.hasSuffix(".txt") {
                let url = folder.appendingPathComponent(name)
                if database(named: url) == databaseURL.path { found.append(url) }
            }
        }
        return found
    }

    /// The drafts a recovery file holds, exactly as written.
    public static func read(_ url: URL) throws -> [RecoveryDraft] {
        let bytes = [UInt8](try Data(contentsOf: url))
        var drafts: [RecoveryDraft] = []
        var position = 0
        let marker = Array("\n----- ".utf8)
        while let start = find(marker, in: bytes, from: position) {
            let headerStart = start + marker.count
            guard let headerEnd = bytes[headerStart...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = String(decoding: bytes[headerStart..<headerEnd], as: UTF8.self)
            guard header.hasSuffix(" bytes -----"), let colon = header.firstIndex(of: ":") else {
                position = headerEnd
                continue
            }
            let body = header[header.index(after: colon)...].dropLast(" bytes -----".count)
            guard let dot = body.range(of: " · ", options: .backwards), let count = Int(body[dot.upperBound...]),
                  headerEnd + 1 + count <= bytes.count
            else { throw RecoveryFileError.unreadable(url.path) }
            let title = String(body[..<dot.lowerBound]).trimmingCharacters(in: .whitespaces)
            let text = String(decoding: bytes[(headerEnd + 1)..<(headerEnd + 1 + count)], as: UTF8.self)
            drafts.append(RecoveryDraft(title: title, text: text))
            position = headerEnd + 1 + count
        }
        return drafts
    }

    /// The database path a recovery file names, read from its header.
    static func database(named url: URL) -> String? {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return nil }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 8192), as: UTF8.self).split(separator: "\n", maxSplits: 3)
        guard head.count >= 2, head[0] == firstLine, head[1].hasPrefix(databasePrefix) else { return nil }
        return String(head[1].dropFirst(databasePrefix.count))
    }

    /// Creates `path` (0600, failing if it exists) and writes all of `data`, synced; on any
    /// failure the partial file is removed. Returns `errno` on failure.
    static func writeExclusive(_ data: Data, to path: String) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { return errno }
        fchmod(descriptor, 0o600)
        var failure: Int32?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure != nil { unlink(path) }
        return failure
    }

    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
        #else
        Darwin.write(descriptor, bytes, count)
        #endif
    }

    private enum Style { case compact, readable }

    private static func timestamp(_ date: Date, style: Style) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = style == .compact ? "yyyyMMdd-HHmmss" : "yyyy-MM-dd HH:mm:ss 'UTC'"
        return formatter.string(from: date)
    }

    private static func oneLine(_ title: String) -> String {
        title.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], Array(haystack[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
