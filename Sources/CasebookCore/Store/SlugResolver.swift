import GRDB

/// Remembers what each written `#slug` resolved to, for one sync or one batch. A note repeats
/// its codes and a caseload repeats a few dozen of them thousands of times: asking the codebook
/// once per distinct slug instead of once per tag was a tenth of the cost of writing a caseload.
///
/// Valid only while the codebook does not change; whoever adds a code in the same transaction
/// calls `forget()`.
final class SlugResolver {
    private var known: [String: SlugResolution] = [:]

    func resolve(category: String?, slug: String, _ db: Database) throws -> SlugResolution {
        let key = "\(category?.lowercased() ?? "")/\(slug.lowercased())"
        if let resolution = known[key] { return resolution }
        let resolution = try CaseStore.resolve(category: category, slug: slug, db)
        known[key] = resolution
        return resolution
    }

    func forget() {
        known.removeAll()
    }
}
