import Foundation
import GRDB

extension CaseStore {
    /// Codes with their usage counts, by category then name. Merged codes are never listed.
    public func tags(category: TagCategory? = nil, includeArchived: Bool = false) throws -> [TagUsage] {
        try database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT tag.*, (SELECT count(*) FROM observation WHERE observation.tag_id = tag.id) AS uses
                    FROM tag
                    WHERE merged_into_id IS NULL AND (? IS NULL OR category = ?) AND (? OR archived = 0)
                    ORDER BY category, name COLLATE NOCASE
                    """,
                arguments: [category?.rawValue, category?.rawValue, includeArchived])
            let usages = try rows.map { TagUsage(tag: try Tag(row: $0), uses: $0["uses"]) }
            // The category order of the spec, not the alphabet, is how clinicians scan a codebook.
            let rank = Dictionary(uniqueKeysWithValues: TagCategory.allCases.enumerated().map { ($1, $0) })
            return usages.enumerated().sorted {
                (rank[$0.element.tag.category] ?? 0, $0.offset) < (rank[$1.element.tag.category] ?? 0, $1.offset)
            }.map(\.element)
        }
    }

    public func tag(id: Int64) throws -> Tag? {
        try database.read { db in try Tag.fetchOne(db, key: id) }
    }

    /// Adds a code. Only themes nest, and only under another theme.
    @discardableResult
    public func addTag(
        category: TagCategory, name: String, slug: String, parentID: Int64? = nil, level: Int? = nil,
        description: String = "", color: String? = nil
    ) throws -> Tag {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw StoreError.invalidTagName }
        let slug = try Self.validatedSlug(slug)
        return try write { db in
            if try Tag.fetchOne(db, sql: "SELECT * FROM tag WHERE category = ? AND slug = ?", arguments: [category.rawValue, slug])
                != nil
            {
                throw StoreError.duplicateTag(category: category, slug: slug)
            }
            if let parentID { try Self.checkParent(parentID, forCategory: category, child: nil, db) }
            var tag = Tag(
                category: category, name: name, slug: slug, parentID: parentID,
                level: category == .defense ? level : nil, description: description, color: color)
            try tag.insert(db)
            return tag
        }
    }

    /// Renames a code for display. The slug stays, so notes that spell `#slug` keep resolving.
    @discardableResult
    public func renameTag(_ tagID: Int64, to name: String) throws -> Tag {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw StoreError.invalidTagName }
        return try modifyTag(tagID) { $0.name = name }
    }

    @discardableResult
    public func setTagArchived(_ tagID: Int64, _ archived: Bool) throws -> Tag {
        try modifyTag(tagID) { $0.archived = archived }
    }

    @discardableResult
    public func setTagColor(_ tagID: Int64, _ color: String?) throws -> Tag {
        try modifyTag(tagID) { $0.color = color }
    }

    @discardableResult
    public func setTagDescription(_ tagID: Int64, _ description: String) throws -> Tag {
        try modifyTag(tagID) { $0.description = description }
    }

    /// Moves a theme under another theme, or to the top with nil.
    @discardableResult
    public func setTagParent(_ tagID: Int64, _ parentID: Int64?) throws -> Tag {
        try write { db in
            guard var tag = try Tag.fetchOne(db, key: tagID) else { throw StoreError.tagNotFound("#\(tagID)") }
            if let parentID { try Self.checkParent(parentID, forCategory: tag.category, child: tagID, db) }
            tag.parentID = parentID
            try tag.update(db)
            return tag
        }
    }

    /// Merges `sourceID` into `targetID`: observations, episodes and child themes move to the
    /// survivor; the source is archived and its slug resolves to the survivor from now on.
    /// Returns how many observations moved.
    @discardableResult
    public func mergeTag(_ sourceID: Int64, into targetID: Int64) throws -> Int {
        guard sourceID != targetID else { throw StoreError.mergeIntoItself }
        return try write { db in
            guard var source = try Tag.fetchOne(db, key: sourceID) else { throw StoreError.tagNotFound("#\(sourceID)") }
            guard try Tag.exists(db, key: targetID) else { throw StoreError.tagNotFound("#\(targetID)") }
            try db.execute(sql: "UPDATE observation SET tag_id = ? WHERE tag_id = ?", arguments: [targetID, sourceID])
            let moved = db.changesCount
            for column in ["wish_tag_id", "ro_tag_id", "rs_tag_id"] {
                try db.execute(
                    sql: "UPDATE relationship_episode SET \(column) = ? WHERE \(column) = ?", arguments: [targetID, sourceID])
            }
            try db.execute(
                sql: "UPDATE tag SET parent_id = ? WHERE parent_id = ? AND id <> ?", arguments: [targetID, sourceID, targetID])
            // Earlier merges into the source now lead to the survivor directly.
            try db.execute(sql: "UPDATE tag SET merged_into_id = ? WHERE merged_into_id = ?", arguments: [targetID, sourceID])
            source.archived = true
            source.mergedIntoID = targetID
            try source.update(db)
            return moved
        }
    }

    /// Deletes an unused code of the clinician's own. Built-in codes can only be archived.
    public func deleteTag(_ tagID: Int64) throws {
        try write { db in
            guard let tag = try Tag.fetchOne(db, key: tagID) else { throw StoreError.tagNotFound("#\(tagID)") }
            if tag.builtin { throw StoreError.builtinTagNotDeletable(tag.qualifiedSlug) }
            let uses = try Int.fetchOne(
                db,
                sql: """
                    SELECT (SELECT count(*) FROM observation WHERE tag_id = ?1)
                         + (SELECT count(*) FROM relationship_episode WHERE ?1 IN (wish_tag_id, ro_tag_id, rs_tag_id))
                    """,
                arguments: [tagID]) ?? 0
            if uses > 0 { throw StoreError.tagInUse(slug: tag.qualifiedSlug, uses: uses) }
            try db.execute(sql: "UPDATE tag SET merged_into_id = NULL, archived = 1 WHERE merged_into_id = ?", arguments: [tagID])
            try db.execute(sql: "UPDATE tag SET parent_id = NULL WHERE parent_id = ?", arguments: [tagID])
            _ = try tag.delete(db)
        }
    }

    /// Resolves `#slug`, `slug`, `#category/slug` or `category/slug` against the codebook.
    public func resolveSlug(_ written: String) throws -> SlugResolution {
        var text = written.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("#") { text.removeFirst() }
        var category: String?
        if let slash = text.firstIndex(of: "/") {
            category = String(text[..<slash])
            text = String(text[text.index(after: slash)...])
        }
        let slug = text
        return try database.read { db in try Self.resolve(category: category, slug: slug, db) }
    }

    static func resolve(category: String?, slug: String, _ db: Database) throws -> SlugResolution {
        let slug = slug.lowercased()
        var candidates: [Tag]
        if let category {
            guard let parsed = TagCategory(rawValue: category.lowercased()) else { return .unknown }
            candidates = try Tag.fetchAll(
                db.cachedStatement(sql: "SELECT * FROM tag WHERE category = ? AND slug = ?"),
                arguments: [parsed.rawValue, slug])
        } else {
            candidates = try Tag.fetchAll(db.cachedStatement(sql: "SELECT * FROM tag WHERE slug = ?"), arguments: [slug])
        }
        candidates = try candidates.map { try survivor(of: $0, db) }
        var unique: [Tag] = []
        for candidate in candidates where !unique.contains(where: { $0.id == candidate.id }) { unique.append(candidate) }
        if unique.count == 1 { return .tag(unique[0]) }
        if unique.isEmpty { return .unknown }
        let live = unique.filter { !$0.archived }
        if live.count == 1 { return .tag(live[0]) }
        return .ambiguous(live.isEmpty ? unique : live)
    }

    /// Follows merges to the code that now stands for `tag`.
    static func survivor(of tag: Tag, _ db: Database) throws -> Tag {
        var current = tag
        var seen: Set<Int64> = []
        while let next = current.mergedIntoID, let id = current.id, seen.insert(id).inserted,
            let target = try Tag.fetchOne(db.cachedStatement(sql: "SELECT * FROM tag WHERE id = ?"), arguments: [next])
        {
            current = target
        }
        return current
    }

    static func validatedSlug(_ raw: String) throws -> String {
        var slug = raw.trimmingCharacters(in: .whitespaces).lowercased()
        if slug.hasPrefix("#") { slug.removeFirst() }
        let allowed = CharacterSet.lowercaseLetters.union(.decimalDigits).union(CharacterSet(charactersIn: "-_"))
            .union(CharacterSet.letters.subtracting(.uppercaseLetters))
        guard !slug.isEmpty, slug.count <= 64, slug.unicodeScalars.allSatisfy({ allowed.contains($0) }),
            slug.first != "-"
        else { throw StoreError.invalidSlug(raw) }
        return slug
    }

    private func modifyTag(_ tagID: Int64, _ change: @escaping @Sendable (inout Tag) -> Void) throws -> Tag {
        try write { db in
            guard var tag = try Tag.fetchOne(db, key: tagID) else { throw StoreError.tagNotFound("#\(tagID)") }
            change(&tag)
            try tag.update(db)
            return tag
        }
    }

    private static func checkParent(_ parentID: Int64, forCategory category: TagCategory, child: Int64?, _ db: Database) throws {
        guard category == .theme else { throw StoreError.invalidParent("only themes nest") }
        guard let parent = try Tag.fetchOne(db, key: parentID) else { throw StoreError.tagNotFound("#\(parentID)") }
        guard parent.category == .theme else { throw StoreError.invalidParent("\(parent.name) is not a theme") }
        var ancestor: Tag? = parent
        var steps = 0
        while let current = ancestor, steps < 64 {
            if current.id == child { throw StoreError.invalidParent("\(parent.name) sits inside this theme") }
            ancestor = try current.parentID.flatMap { try Tag.fetchOne(db, key: $0) }
            steps += 1
        }
    }
}
