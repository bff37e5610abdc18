import Foundation
import GRDB

extension CaseStore {
    /// Makes the session's `inline` observations match the `#tags` of `text`. Tags pair with
    /// existing observations of the same code in order, so an edit elsewhere in the note keeps
    /// each observation (and its comment and flag); manual observations are never touched.
    ///
    /// `resolver` may be shared by the syncs of one transaction (a batch); `isNew` says the
    /// session was inserted a moment ago and so has no observations to pair with.
    func syncInlineObservations(
        sessionID: Int64, text: String, at stamp: Date, _ db: Database,
        resolver: SlugResolver = SlugResolver(), isNew: Bool = false
    ) throws -> InlineSyncResult {
        var result = InlineSyncResult()
        var wanted: [Int64: [InlineTag]] = [:]
        var order: [Int64] = []
        for inlineTag in parse(text) {
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
        let existing = isNew ? [] : try Observation.fetchAll(
            db.cachedStatement(
                sql: "SELECT * FROM observation WHERE session_id = ? AND source = 'inline' ORDER BY span_start, id"),
            arguments: [sessionID])
        var existingByTag: [Int64: [Observation]] = [:]
        for observation in existing { existingByTag[observation.tagID, default: []].append(observation) }

        for tagID in order {
            let tags = wanted[tagID] ?? []
            let current = existingByTag.removeValue(forKey: tagID) ?? []
            for (index, inlineTag) in tags.enumerated() {
                if index < current.count {
                    var observation = current[index]
                    let before = observation
                    observation.intensity = inlineTag.intensity
                    observation.evidence = inlineTag.evidence
                    observation.spanStart = inlineTag.span.lowerBound
                    observation.spanEnd = inlineTag.span.upperBound
                    if observation != before {
                        observation.updatedAt = stamp
                        try observation.update(db)
                        result.updated += 1
                    }
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
