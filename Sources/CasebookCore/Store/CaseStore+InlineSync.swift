import Foundation
import GRDB

extension CaseStore {
    /// Makes the session's `inline` observations match the `#tags` of `text`. Tags pair with
    /// existing observations of the same code in order, so an edit elsewhere in the note keeps
    /// each observation (and its comment and flag); manual observations are never touched.
    ///
    /// `resolver` may be shared by the syncs of one transaction (a batch); `isNew` says the
    /// session was inserted a moment ago and so has no observations to pair with; `tags` are
    /// `text`'s tags when the caller has them already (an autosave, from `noteParses`).
    func syncInlineObservations(
        sessionID: Int64, text: String, at stamp: Date, _ db: Database,
        resolver: SlugResolver = SlugResolver(), isNew: Bool = false, tags: [InlineTag]? = nil
    ) throws -> InlineSyncResult {
        var result = InlineSyncResult()
        var wanted: [Int64: [InlineTag]] = [:]
        var order: [Int64] = []
        for inlineTag in tags ?? parse(text) {
            switch try resolver.resolve(category: inlineTag.category, slug: inlineTag.slug, db) {
            case .tag(let tag):
                guard let id = tag.id else { continue }
                if wanted[id] == nil { order.append(id) }
                wanted[id, default: []].append(inlineTag)
            case .ambiguous(let candidates):
                result.ambiguous.append(UnresolvedInlineTag(tag: inlineTag, candidates: candidates))
            case .unknown:
                result.unknown.append(UnresolvedInlineTag(tag: inlineTag))
            }
        }
        let existing = isNew ? [] : try InlineFields.fetchAll(sessionID: sessionID, db)
        var existingByTag: [Int64: [InlineFields]] = [:]
        for observation in existing { existingByTag[observation.tagID, default: []].append(observation) }
        // Typing before a `#tag` moves every tag after it: collected, then written together.
        var changed: [(before: InlineFields, after: InlineFields)] = []

        for tagID in order {
            let tags = wanted[tagID] ?? []
            let current = existingByTag.removeValue(forKey: tagID) ?? []
            for (index, inlineTag) in tags.enumerated() {
                if index < current.count {
                    let before = current[index]
                    var after = before
                    after.intensity = inlineTag.intensity
                    after.evidence = inlineTag.evidence
                    after.spanStart = inlineTag.span.lowerBound
                    after.spanEnd = inlineTag.span.upperBound
                    if after != before { changed.append((before, after)) }
                } else {
                    var observation = Observation(
                        sessionID: sessionID, tagID: tagID, intensity: inlineTag.intensity, evidence: inlineTag.evidence,
                        spanStart: inlineTag.span.lowerBound, spanEnd: inlineTag.span.upperBound, source: .inline,
                        createdAt: stamp, updatedAt: stamp)
                    try Self.insertObservation(&observation, db)
                    result.added += 1
                }
            }
            for stale in current.dropFirst(tags.count) {
                try stale.delete(db)
                result.removed += 1
            }
        }
        for stale in existingByTag.values.joined() {
            try stale.delete(db)
            result.removed += 1
        }
        try InlineFields.update(changed, at: stamp, db)
        result.updated = changed.count
        return result
    }

    /// Adds an unknown `#slug` to the codebook (a theme unless the note wrote another category,
    /// or `category` says otherwise), then re-syncs every note that spells it (signing freezes text, not its coding).
    @discardableResult
    public func acceptUnknownSlug(
        _ slug: String, category: TagCategory? = nil, name: String? = nil, sessionID: Int64? = nil
    ) throws -> (tag: Tag, sync: InlineSyncResult) {
        var written = slug.hasPrefix("#") ? String(slug.dropFirst()) : slug
        var writtenCategory: TagCategory?
        if let slash = written.firstIndex(of: "/") {
            writtenCategory = TagCategory(rawValue: String(written[..<slash]).lowercased())
            written = String(written[written.index(after: slash)...])
        }
        let tagCategory = category ?? writtenCategory ?? .theme
        let displayName = name ?? written.replacingOccurrences(of: "-", with: " ")
        let tag = try addTag(category: tagCategory, name: displayName, slug: written)
        let stamp = now()
        let sync = try write { db in
            var ids = try Int64.fetchAll(
                db, sql: "SELECT id FROM session WHERE instr(lower(process_note), ?) > 0",
                arguments: ["#" + tag.slug])
            if let sessionID, !ids.contains(sessionID) { ids.append(sessionID) }
            var total = InlineSyncResult()
            let resolver = SlugResolver()
            for id in ids {
                guard let note = try String.fetchOne(db, sql: "SELECT process_note FROM session WHERE id = ?", arguments: [id])
                else { continue }
                let result = try syncInlineObservations(sessionID: id, text: note, at: stamp, db, resolver: resolver)
                total.added += result.added
                total.updated += result.updated
                total.removed += result.removed
                if id == sessionID {
                    total.unknown = result.unknown
                    total.ambiguous = result.ambiguous
                }
            }
            return total
        }
        return (tag, sync)
    }
}

/// The columns of an inline observation that follow its `#tag`: all the sync compares or
/// changes. Read by position and without the dates, and written back column by column: decoding
/// and re-encoding a long note's four hundred observations as whole records through Codable was
/// a quarter of an autosave. The comment and supervision flag are never read, so never touched.
private struct InlineFields: Equatable {
    var id: Int64
    var tagID: Int64
    var intensity: Int
    var evidence: String
    var spanStart: Int?
    var spanEnd: Int?

    static func fetchAll(sessionID: Int64, _ db: Database) throws -> [InlineFields] {
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT id, tag_id, intensity, evidence, span_start, span_end FROM observation
                WHERE session_id = ? AND source = 'inline' ORDER BY span_start, id
                """),
            arguments: [sessionID])
        var fields: [InlineFields] = []
        while let row = try rows.next() {
            fields.append(InlineFields(
                id: row[0], tagID: row[1], intensity: row[2], evidence: row[3], spanStart: row[4], spanEnd: row[5]))
        }
        return fields
    }

    /// Writes `rows` back. Typing moves every `#tag` after the cursor by the same number of
    /// scalars, so the tags that only moved are written by one statement per distance moved,
    /// their ids passed as one JSON array: a statement per moved tag, each with its arguments
    /// built and bound, was a quarter of an autosave typing in the middle of a long note. A tag
    /// that changed otherwise gets its own statement; only those touch the evidence, so the
    /// search trigger on evidence is not even considered for a tag that only moved.
    static func update(_ rows: [(before: InlineFields, after: InlineFields)], at stamp: Date, _ db: Database) throws {
        guard !rows.isEmpty else { return }
        let stampValue = stamp.databaseValue
        var moves: [Move: [Int64]] = [:]
        var changed: [InlineFields] = []
        for (before, row) in rows {
            if before.intensity == row.intensity, before.evidence == row.evidence,
                let start = before.spanStart, let end = before.spanEnd, let newStart = row.spanStart, let newEnd = row.spanEnd
            {
                moves[Move(start: newStart - start, end: newEnd - end), default: []].append(row.id)
            } else {
                changed.append(row)
            }
        }
        if !moves.isEmpty {
            let statement = try db.cachedStatement(sql: """
                UPDATE observation SET span_start = span_start + ?, span_end = span_end + ?, updated_at = ?
                WHERE id IN (SELECT value FROM json_each(?))
                """)
            for (move, ids) in moves {
                let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
                try statement.execute(arguments: [move.start, move.end, stampValue, list])
            }
        }
        let statement = try db.cachedStatement(sql: """
            UPDATE observation SET intensity = ?, evidence = ?, span_start = ?, span_end = ?, updated_at = ?
            WHERE id = ?
            """)
        for row in changed {
            try statement.execute(arguments: StatementArguments([
                row.intensity.databaseValue, row.evidence.databaseValue, row.spanStart?.databaseValue ?? .null,
                row.spanEnd?.databaseValue ?? .null, stampValue, row.id.databaseValue,
            ]))
        }
    }

    /// How far a tag's span moved, at each end.
    private struct Move: Hashable {
        var start: Int
        var end: Int
    }

    func delete(_ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM observation WHERE id = ?").execute(arguments: [id])
    }
}
