import Foundation
import GRDB

/// A `SlugResolver` kept from one autosave to the next while the codebook stays as it was:
/// resolving a long note's fifty distinct `#slugs` afresh was a fifth of an autosave. Whether
/// the codebook changed (here or in another process, such as a CLI import) is read from the
/// codebook itself on every use, so a stale resolution is never used.
final class SlugResolverCache: @unchecked Sendable {
    private let lock = NSLock()
    private var fingerprint: String?
    private var resolver = SlugResolver()

    /// A resolver valid for the codebook as `db` sees it now.
    func resolver(_ db: Database) throws -> SlugResolver {
        // Every column a resolution depends on or returns, of every code.
        let current = try String.fetchOne(
            db.cachedStatement(sql: """
                SELECT count(*) || ':' || ifnull(group_concat(
                    id || char(31) || category || char(31) || name || char(31) || slug || char(31)
                    || ifnull(parent_id, '') || char(31) || ifnull(level, '') || char(31) || description || char(31)
                    || ifnull(color, '') || char(31) || builtin || char(31) || archived || char(31)
                    || ifnull(merged_into_id, ''), char(30)), '')
                FROM (SELECT * FROM tag ORDER BY id)
                """)) ?? ""
        return lock.withLock {
            if current != fingerprint {
                fingerprint = current
                resolver = SlugResolver()
            }
            return resolver
        }
    }
}
