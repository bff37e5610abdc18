import Foundation
import GRDB

/// A `SlugResolver` kept from one autosave to the next while the codebook stays as it was:
/// resolving a long note's fifty distinct `#slugs` afresh was a fifth of an autosave. Whether
/// the codebook changed (here or in another process, such as a CLI import) is read from
/// `codebook_version`, which triggers move on every change to a code (`v2-codebook-version`),
/// on every use, so a stale resolution is never used.
final class SlugResolverCache: @unchecked Sendable {
    private let lock = NSLock()
    private var version: Int64?
    private var resolver = SlugResolver()

    /// A resolver valid for the codebook as `db` sees it now.
    func resolver(_ db: Database) throws -> SlugResolver {
        let current = try Migrations.codebookVersion(db)
        return lock.withLock {
            // No version (a file the migration has not reached) keeps nothing.
            if current == nil || current != version {
                version = current
                resolver = SlugResolver()
            }
            return resolver
        }
    }
}
