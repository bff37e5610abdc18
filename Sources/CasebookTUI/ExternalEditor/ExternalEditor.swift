import Foundation

/// Opens a note in the user's own editor. The text goes through a private temporary file that
/// is zeroed and deleted afterwards, since notes must not linger in `/tmp`.
public enum ExternalEditor {
    /// The editor to run: `$EDITOR`, then `$VISUAL`, then `vi`, split on spaces with simple
    /// single/double quoting and backslash escapes (so `code --wait` or `"my editor" -n` work).
    public static func editorCommand(environment: [String: String]) -> [String] {
        for name in ["EDITOR", "VISUAL"] {
            if let value = environment[name] {
                let words = split(value)
                if !words.isEmpty { return words }
            }
        }
        return ["vi"]
    }

    static func split(_ command: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for c in command {
            if escaped { current.append(c); escaped = false; inWord = true; continue }
            if let q = quote {
                if c == q { quote = nil } else if c == "\\" && q == "\"" { escaped = true } else { current.append(c) }
                continue
            }
            switch c {
            case "\\": escaped = true; inWord = true
            case "\"", "'": quote = c; inWord = true
            case " ", "\t", "\n":
                if inWord { words.append(current); current = ""; inWord = false }
            default: current.append(c); inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// Writes `text` to a 0600 `.md` file in a fresh 0700 folder, runs `runner` with the editor
    /// command plus the file path (the shell passes `NcursesTerminal.runChild`), and reads back.
    public static func edit(text: String, command: [String] = editorCommand(environment: ProcessInfo.processInfo.environment),
                            runner: (_ argv: [String]) -> Int32) throws -> ExternalEditResult {
        let folder = try makePrivateFolder()
        defer { rmdir(folder) }
        let path = folder + "/note.md"
        try writePrivately(Array(text.utf8), to: path)
        defer { shred(path) }
        let status = runner(command + [path])
        guard status == 0 else {
            let reason = status == 127 ? "could not start `\(command.joined(separator: " "))`; set $EDITOR" : "the editor exited with status \(status)"
            return .failed(status: status, message: "\(reason); the note is unchanged")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failed(status: status, message: "the editor removed the file; the note is unchanged")
        }
        guard let edited = String(data: data, encoding: .utf8) else {
            return .failed(status: status, message: "the edited file is no longer UTF-8 text; the note is unchanged")
        }
        let normalised = edited.replacingOccurrences(of: "\r\n", with: "\n")
        return normalised == text ? .unchanged : .changed(normalised)
    }

    private static func makePrivateFolder() throws -> String {
        let base = NSTemporaryDirectory().hasSuffix("/") ? NSTemporaryDirectory() : NSTemporaryDirectory() + "/"
        var template = Array((base + "casebook-edit-XXXXXX").utf8CString)
        let made: String? = template.withUnsafeMutableBufferPointer { buffer in
            guard let result = mkdtemp(buffer.baseAddress!) else { return nil }
            return String(cString: result)
        }
        guard let folder = made else { throw ExternalEditorError("cannot create a private temporary folder: \(String(cString: strerror(errno)))") }
        chmod(folder, 0o700)
        return folder
    }

    private static func writePrivately(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw ExternalEditorError("cannot create the temporary note file: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ExternalEditorError("cannot write the temporary note file: \(String(cString: strerror(errno)))")
            }
            written += n
        }
    }

    /// Overwrites the file with zeros before unlinking it. Editors that save by renaming leave
    /// the old inode elsewhere; this covers the file as it stands.
    private static func shred(_ path: String) {
        var info = stat()
        if stat(path, &info) == 0 {
            let fd = open(path, O_WRONLY)
            if fd >= 0 {
                let zeros = [UInt8](repeating: 0, count: 4096)
                var left = Int(info.st_size)
                while left > 0 {
                    let n = zeros.withUnsafeBytes { write(fd, $0.baseAddress, min(left, $0.count)) }
                    if n <= 0 { break }
                    left -= n
                }
                fsync(fd)
                close(fd)
            }
        }
        unlink(path)
        // Editors leave backup and swap files (`note.md~`, `.note.md.swp`) beside it.
        let folder = (path as NSString).deletingLastPathComponent
        for leftover in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            unlink(folder + "/" + leftover)
        }
    }
}

/// The temporary file for the editor could not be prepared; the note was not touched.
public struct ExternalEditorError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
