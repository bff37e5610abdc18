import Foundation
import GRDB

/// The live codebook as the analytics read it, kept while `codebook_version` stays as it was
/// (`v2-codebook-version`: triggers move it on every change to a code, here or in another
/// process). Reading and ordering some two hundred codes was a tenth of opening a Timeline
/// after any write, though writes almost never touch the codebook.
final class AnalyzedTagsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var version: Int64?
    private var kept: [Bool: [AnalyzedTag]] = [:]

    /// The codes as `db` sees them now, from `read` when the codebook changed since last time.
    func tags(_ db: Database, ordered: Bool, read: (Database, Bool) throws -> [AnalyzedTag]) throws -> [AnalyzedTag] {
        let current = try Migrations.codebookVersion(db)
        if let current, let tags = lock.withLock({ version == current ? kept[ordered] : nil }) { return tags }
        let tags = try read(db, ordered)
        lock.withLock {
            // No version (a file the migration has not reached) keeps nothing.
            if current != version { kept = [:] }
            version = current
            if current != nil { kept[ordered] = tags }
        }
        return tags
    }
}
