import Foundation

/// Writes an export or brief to a file only its owner can read (0600), refusing to replace an
/// existing file unless asked: a brief written over yesterday's export is a loss nobody sees.
public enum ExportFile {
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case exists(path: String)
        case cannotWrite(path: String, detail: String)

        public var description: String {
            switch self {
            case .exists(let path):
                "\(path) already exists; nothing was written. Choose another file, or add --force to replace it."
            case .cannotWrite(let path, let detail):
                "Cannot write \(path): \(detail). Nothing was written; check the folder exists and is writable."
            }
        }
    }

    public static func write(_ text: String, to path: String, overwrite: Bool = false) throws(Failure) {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) {
            guard overwrite else { throw .exists(path: path) }
            // Replacing is a rename: done to a device or a link it would swap the thing itself.
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                throw .cannotWrite(path: path, detail: "it is not a regular file; give a file name, or leave out --out for standard output")
            }
        }
        // Write beside the target and rename, so a failure never leaves half a file under its name.
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.casebook-\(UUID().uuidString).tmp"
        if let code = PrivateFile.createExclusive(temporary) {
            throw .cannotWrite(path: path, detail: PrivateFile.message(code))
        }
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            try handle.write(contentsOf: Data(text.utf8))
            try handle.synchronize()
            try handle.close()
            if rename(temporary, path) != 0 { throw CocoaError(.fileWriteUnknown) }
            chmod(path, 0o600)
        } catch {
            unlink(temporary)
            throw .cannotWrite(path: path, detail: (error as NSError).localizedDescription)
        }
    }
}
