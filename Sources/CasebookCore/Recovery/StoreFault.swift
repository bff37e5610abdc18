import Foundation
import GRDB

/// Why a write did not reach the database, sorted into the few cases a clinician can act on,
/// with the words the interface shows for each.
public struct StoreFault: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case diskFull
        case readOnly
        /// The file was deleted or replaced under the running process; the store will not write
        /// to whatever is at the path now, and never creates a new empty database there.
        case databaseGone
        case busy
        case other
    }

    public var kind: Kind
    /// The error's own message (paths, never note text).
    public var detail: String

    public init(kind: Kind, detail: String) {
        self.kind = kind
        self.detail = detail
    }

    /// Sorts `error` from a write on `store`. A vanished file wins over whatever SQLite said,
    /// since that is what the clinician must know.
    public static func classify(_ error: Error, store: CaseStore) -> StoreFault {
        let detail = (error as? LocalizedError)?.errorDescription ?? "\(error)"
        if store.databaseFileIsGone { return StoreFault(kind: .databaseGone, detail: detail) }
        let kind = kind(of: error)
        return StoreFault(kind: kind == .other ? probe(folderOf: store.url) : kind, detail: detail)
    }

    /// An I/O error SQLite did not name: look at the file system itself, which says whether it
    /// is full or mounted read-only.
    static func probe(folderOf url: URL) -> Kind {
        var info = statvfs()
        guard statvfs(url.deletingLastPathComponent().path, &info) == 0 else { return .other }
        if info.f_flag & UInt(ST_RDONLY) != 0 { return .readOnly }
        // Less than a few pages free counts as full: SQLite needs whole pages to write.
        if UInt64(info.f_bavail) * UInt64(info.f_frsize) < 64 * 1024 { return .diskFull }
        return .other
    }

    static func kind(of error: Error) -> Kind {
        switch error {
        case StoreError.diskFull: return .diskFull
        case StoreError.readOnly: return .readOnly
        case StoreError.busy: return .busy
        case let error as DatabaseError:
            switch error.resultCode {
            case .SQLITE_FULL: return .diskFull
            case .SQLITE_READONLY: return .readOnly
            case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy
            default: return .other
            }
        default:
            let code = (error as NSError).domain == NSPOSIXErrorDomain ? Int32((error as NSError).code) : 0
            if code == ENOSPC || code == EDQUOT { return .diskFull }
            if code == EROFS || code == EACCES || code == EPERM { return .readOnly }
            return .other
        }
    }

    /// What happened, in plain words.
    public var reason: String {
        switch kind {
        case .diskFull: "the disk is full."
        case .readOnly: "the database cannot be written (read-only)."
        case .databaseGone: "the database file was deleted or moved while open."
        case .busy: "another program is holding the database."
        case .other: detail
        }
    }

    /// The first line of the warning.
    public var headline: String { (kind == .busy ? "NOT SAVED yet: " : "NOT SAVED: ") + reason }

    /// One line for a status bar: what happened and what to do; a fault with no name of its
    /// own keeps the error's message.
    public var message: String { kind == .other ? detail : "\(headline) \(advice)" }

    /// A few words for a status line, where the warning above the note says the rest; nil for
    /// a fault with no short name (the status line then carries the whole message).
    public var shortReason: String? {
        switch kind {
        case .diskFull: "disk full"
        case .readOnly: "read-only"
        case .databaseGone: "database file gone"
        case .busy: "database busy"
        case .other: nil
        }
    }

    /// What to do about it.
    public var advice: String {
        switch kind {
        case .diskFull: "Free some space; saving retries by itself."
        case .readOnly: "Make the file and its folder writable again; saving retries by itself."
        case .databaseGone: "Casebook will not make a new empty one; put the file back and saving resumes."
        case .busy: "Saving retries by itself."
        case .other: "Saving retries by itself."
        }
    }
}
