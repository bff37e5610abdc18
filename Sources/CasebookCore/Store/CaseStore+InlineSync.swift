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
        try syncInline(
            sessionID: sessionID, text: text, at: stamp, db, resolver: resolver,
            existing: isNew ? [] : nil, tags: tags
        ).result
    }

    /// `syncInlineObservations`, given the session's inline observations when the caller knows
    /// them (nil reads them), and returning them as they stand after the sync, in the order
    /// `InlineFields.fetchAll` reads them (the order of the note's tags, which the parser gives
    /// in span order).
    func syncInline(
        sessionID: Int64, text: String, at stamp: Date, _ db: Database,
        resolver: SlugResolver, existing known: [InlineFields]?, tags: [InlineTag]?
    ) throws -> (result: InlineSyncResult, fields: [InlineFields]) {
        var result = InlineSyncResult()
        let written = tags ?? parse(text)
        // Each code's tags with their place in the note, which is span order.
        var wanted: [Int64: [(place: Int, tag: InlineTag)]] = [:]
        var order: [Int64] = []
        for (place, inlineTag) in written.enumerated() {
            switch try resolver.resolve(category: inlineTag.category, slug: inlineTag.slug, db) {
            case .tag(let tag):
                guard let id = tag.id else { continue }
                if wanted[id] == nil { order.append(id) }
                wanted[id, default: []].append((place, inlineTag))
            case .ambiguous(let candidates):
                result.ambiguous.append(UnresolvedInlineTag(tag: inlineTag, candidates: candidates))
            case .unknown:
                result.unknown.append(UnresolvedInlineTag(tag: inlineTag))
            }
        }
        let existing = try known ?? InlineFields.fetchAll(sessionID: sessionID, db)
        var existingByTag: [Int64: [InlineFields]] = [:]
        for observation in existing { existingByTag[observation.tagID, default: []].append(observation) }
        // Typing before a `#tag` moves every tag after it: collected, then written together.
        var changed: [(before: InlineFields, after: InlineFields)] = []
        // What the session holds after the sync, by the place of its tag in the note.
        var placed = [InlineFields?](repeating: nil, count: written.count)

        for tagID in order {
            let tags = wanted[tagID] ?? []
            let current = existingByTag.removeValue(forKey: tagID) ?? []
            for (index, (place, inlineTag)) in tags.enumerated() {
                if index < current.count {
                    let before = current[index]
                    var after = before
                    after.intensity = inlineTag.intensity
                    after.evidence = inlineTag.evidence
                    after.spanStart = inlineTag.span.lowerBound
                    after.spanEnd = inlineTag.span.upperBound
                    if after != before { changed.append((before, after)) }
                    placed[place] = after
                } else {
                    var observation = Observation(
                        sessionID: sessionID, tagID: tagID, intensity: inlineTag.intensity, evidence: inlineTag.evidence,
                        spanStart: inlineTag.span.lowerBound, spanEnd: inlineTag.span.upperBound, source: .inline,
                        createdAt: stamp, updatedAt: stamp)
                    try Self.insertObservation(&observation, db)
                    result.added += 1
                    if let id = observation.id { placed[place] = InlineFields(observation, id: id) }
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
        // Parsers give tags in span order, so this is `fetchAll`'s order without sorting.
        var fields = placed.compactMap { $0 }
        if !InlineFields.inReadOrder(fields) { fields.sort(by: InlineFields.readOrder) }
        return (result, fields)
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
