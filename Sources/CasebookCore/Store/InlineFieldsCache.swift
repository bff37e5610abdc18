import Foundation
import GRDB

/// The inline observations of the note last autosaved, as that save left them, so the next
/// autosave of the same note need not read them again: reading a long note's four hundred
/// observations (their evidence decoded into strings) was a fifth of an autosave.
///
/// Kept only while nothing else has been written since, by anyone: the writer connection's
/// count of changed rows (`sqlite3_total_changes`, which any statement through it moves, from
/// this store or from code using its pool directly) must be where that save left it, and
/// `PRAGMA data_version` (which a commit by any other connection, or another process, moves)
/// where it stood then. Anything else throws the kept observations away.
final class InlineFieldsCache: @unchecked Sendable {
    /// Where the writer stood after the save that left `fields`.
    struct Mark: Equatable {
        var totalChanges: Int
        var dataVersion: Int
    }

    private let lock = NSLock()
    private var kept: (sessionID: Int64, mark: Mark, fields: [InlineFields])?

    /// Where the writer stands now; read at the start of the transaction, before it writes.
    static func mark(_ db: Database) throws -> Mark {
        Mark(totalChanges: db.totalChangesCount, dataVersion: try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0)
    }

    /// The session's inline observations if the last save left them and nothing was written since `now`.
    func fields(sessionID: Int64, at now: Mark) -> [InlineFields]? {
        lock.withLock {
            guard let kept, kept.sessionID == sessionID, kept.mark == now else { return nil }
            return kept.fields
        }
    }

    /// Keeps what a save left; `mark` is where its transaction ended (call once it committed).
    func keep(sessionID: Int64, fields: [InlineFields], mark: Mark) {
        lock.withLock { kept = (sessionID, mark, fields) }
    }

    func forget() {
        lock.withLock { kept = nil }
    }
}
