import Foundation

/// Everything the store refuses, each with what is wrong and what to do about it.
public enum StoreError: Error, Equatable, Sendable, LocalizedError, CustomStringConvertible {
    /// The file exists but is not an SQLite database; it was left untouched.
    case notADatabase(path: String)
    /// The file is an SQLite database that fails its integrity check or cannot be read.
    case corrupt(path: String, detail: String)
    /// The database was written by a newer Casebook (it has migrations this build does not know).
    case newerVersion(path: String, unknownMigrations: [String])
    /// The file or its folder cannot be written.
    case readOnly(path: String)
    /// The file or its folder cannot be read or created.
    case cannotOpen(path: String, detail: String)
    /// The file open in this process was deleted or replaced; writing would go nowhere (or to
    /// a new empty file), so the write is refused.
    case fileGone(path: String)
    case duplicateClientCode(String)
    case invalidClientCode(String)
    case clientNotFound(String)
    case sessionNotFound(Int64)
    case figureNotFound(Int64)
    case tagNotFound(String)
    case observationNotFound(Int64)
    case duplicateTag(category: TagCategory, slug: String)
    case invalidSlug(String)
    case invalidTagName
    case invalidParent(String)
    case builtinTagNotDeletable(String)
    case tagInUse(slug: String, uses: Int)
    case invalidIntensity(Int)
    case invalidInstrument
    /// The note has been signed; edits must go through `amend`.
    case signed(sessionID: Int64)
    /// Inline observations follow the `#tags` of the process note and change only with it.
    case inlineObservation(Int64)
    case sessionNumberTaken(Int)
    case notSigned(sessionID: Int64)
    case mergeIntoItself
    case backupTargetExists(path: String)
    /// The disk (or quota) is full; the write did not happen and nothing stored was lost.
    case diskFull(path: String)
    /// Another program held the database longer than the busy timeout.
    case busy(path: String)
    case backupFailed(path: String, detail: String)
    /// The full-text index no longer matches the notes; the notes themselves are intact.
    case searchIndexDamaged(path: String)
    /// A session's kept code list (what timelines read) cannot be read; the observations are intact.
    case codeListDamaged(sessionID: Int64)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            "\(path) is not a Casebook database (it is not an SQLite file). It was left untouched; point --db or CASEBOOK_DB at the right file."
        case .corrupt(let path, let detail):
            "\(path) is damaged (\(detail)). It was left untouched; restore it from a backup, or copy it aside and try `sqlite3 .recover`."
        case .newerVersion(let path, let unknown):
            "\(path) was written by a newer Casebook (unknown schema steps: \(unknown.joined(separator: ", "))). It was left untouched; update Casebook to open it."
        case .readOnly(let path):
            "\(path) cannot be written (file or folder is read-only). Check its permissions (chmod u+w) or open a copy elsewhere."
        case .fileGone(let path):
            "\(path) was deleted or moved while Casebook had it open, so this change was not saved. "
                + "Put the file back (saving resumes), or restore it from a backup."
        case .cannotOpen(let path, let detail):
            "Cannot open \(path): \(detail). Check that the folder exists and is yours, or choose another path with --db."
        case .duplicateClientCode(let code):
            "A client with code \(code) already exists; choose another code."
        case .invalidClientCode(let code):
            "\"\(code)\" is not a usable client code: use letters, digits and dashes, e.g. AM-014."
        case .clientNotFound(let reference):
            "No client \(reference). List clients with `casebook clients`."
        case .sessionNotFound(let id):
            "No session with id \(id); it may have been deleted."
        case .figureNotFound(let id):
            "No figure with id \(id); it may have been deleted."
        case .tagNotFound(let reference):
            "No code \(reference) in the codebook. List codes with `casebook codebook`."
        case .observationNotFound(let id):
            "No observation with id \(id); it may have been removed."
        case .duplicateTag(let category, let slug):
            "The codebook already has \(category.rawValue)/\(slug); choose another slug or merge into the existing code."
        case .invalidSlug(let slug):
            "\"\(slug)\" is not a usable slug: use lowercase letters, digits and dashes, e.g. fear-of-dependency."
        case .invalidTagName:
            "A code needs a name; type one."
        case .invalidParent(let detail):
            "That parent cannot hold this code: \(detail)."
        case .builtinTagNotDeletable(let slug):
            "\(slug) is a built-in code and cannot be deleted; archive it to hide it."
        case .tagInUse(let slug, let uses):
            "\(slug) is used by \(uses) observation(s); merge it into another code or archive it instead."
        case .invalidIntensity(let value):
            "Intensity \(value) is out of range; use 1 (tentative), 2 (clear) or 3 (strong)."
        case .invalidInstrument:
            "A measure needs an instrument name, e.g. PHQ-9."
        case .signed(let id):
            "Session \(id) is signed; its notes no longer change. Add an amendment instead."
        case .inlineObservation(let id):
            "Observation \(id) comes from an inline #tag; edit the process note to change or remove it."
        case .sessionNumberTaken(let number):
            "This client already has a session number \(number); choose another number."
        case .notSigned(let id):
            "Session \(id) is not signed; edit its note directly (amendments are for signed notes)."
        case .mergeIntoItself:
            "A code cannot be merged into itself; pick a different code to keep."
        case .diskFull(let path):
            "The disk holding \(path) is full; that change was not saved (earlier work is intact). Free some space, then save again."
        case .busy(let path):
            "\(path) is busy in another Casebook window or command; that change was not saved. Try again in a moment."
        case .backupTargetExists(let path):
            "\(path) already exists; choose a new file name for the backup (nothing was overwritten)."
        case .searchIndexDamaged(let path):
            "The search index of \(path) is damaged; the notes themselves are intact. Run `casebook check --repair` to back the file up and rebuild the index."
        case .codeListDamaged(let sessionID):
            "The codes kept for drawing session \(sessionID) on timelines are damaged; the observations themselves are intact. Run `casebook check --repair` to back the file up and rebuild them."
        case .backupFailed(let path, let detail):
            "Backup to \(path) failed: \(detail). Check free space and permissions, then retry."
        }
    }

    public var errorDescription: String? { description }
}
