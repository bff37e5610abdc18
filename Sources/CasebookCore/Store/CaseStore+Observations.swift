import Foundation
import GRDB

extension CaseStore {
    /// Adds a manual observation: a code the clinician saw that no inline `#tag` records.
    @discardableResult
    public func addObservation(
        sessionID: Int64, tagID: Int64, intensity: Int = 2, evidence: String = "", comment: String = "",
        flaggedForSupervision: Bool = false
    ) throws -> Observation {
        guard (1...3).contains(intensity) else { throw StoreError.invalidIntensity(intensity) }
        let stamp = now()
        return try write { db in
            guard try Session.exists(db, key: sessionID) else { throw StoreError.sessionNotFound(sessionID) }
            guard try Tag.exists(db, key: tagID) else { throw StoreError.tagNotFound("#\(tagID)") }
            var observation = Observation(
                sessionID: sessionID, tagID: tagID, intensity: intensity, evidence: evidence, comment: comment,
                source: .manual, flaggedForSupervision: flaggedForSupervision, createdAt: stamp, updatedAt: stamp)
            try observation.insert(db)
            return observation
        }
    }

    /// Saves an observation. A manual one may change in every field; an inline one follows its
    /// `#tag`, so only its comment and supervision flag can change here.
    @discardableResult
    public func updateObservation(_ observation: Observation) throws -> Observation {
        guard let id = observation.id else { throw StoreError.observationNotFound(-1) }
        guard (1...3).contains(observation.intensity) else { throw StoreError.invalidIntensity(observation.intensity) }
        let stamp = now()
        return try write { db in
            guard var stored = try Observation.fetchOne(db, key: id) else { throw StoreError.observationNotFound(id) }
            if stored.source == .inline {
                let followsNote = observation.tagID == stored.tagID && observation.intensity == stored.intensity
                    && observation.evidence == stored.evidence && observation.spanStart == stored.spanStart
                    && observation.spanEnd == stored.spanEnd && observation.source == stored.source
                guard followsNote else { throw StoreError.inlineObservation(id) }
            } else {
                guard observation.source == .manual else { throw StoreError.inlineObservation(id) }
                guard try Tag.exists(db, key: observation.tagID) else { throw StoreError.tagNotFound("#\(observation.tagID)") }
                stored.tagID = observation.tagID
                stored.intensity = observation.intensity
                stored.evidence = observation.evidence
            }
            stored.comment = observation.comment
            stored.flaggedForSupervision = observation.flaggedForSupervision
            stored.updatedAt = stamp
            try stored.update(db)
            return stored
        }
    }

    /// Removes a manual observation; inline ones go away by removing their `#tag` from the note.
    public func removeObservation(_ observationID: Int64) throws {
        try write { db in
            guard let stored = try Observation.fetchOne(db, key: observationID) else {
                throw StoreError.observationNotFound(observationID)
            }
            guard stored.source == .manual else { throw StoreError.inlineObservation(observationID) }
            _ = try stored.delete(db)
        }
    }

    /// A session's observations: inline ones in note order, then manual ones as added.
    public func observations(sessionID: Int64) throws -> [ObservationDetail] {
        try fetchDetails(where: "observation.session_id = ?", arguments: [sessionID])
    }

    /// Every observation of a client, in session order.
    public func observations(clientID: Int64, category: TagCategory? = nil) throws -> [ObservationDetail] {
        try fetchDetails(
            where: "session.client_id = ? AND (? IS NULL OR tag.category = ?)",
            arguments: [clientID, category?.rawValue, category?.rawValue])
    }

    /// Columns are read by position, not name: a 1,300-session client has some fifteen thousand
    /// observations, and looking each column up by name (and decoding through Codable) was most
    /// of the time it took to open them.
    private func fetchDetails(where condition: String, arguments: StatementArguments) throws -> [ObservationDetail] {
        try database.read { db in
            let sql = """
                SELECT observation.id, observation.session_id, observation.tag_id, observation.intensity,
                    observation.evidence, observation.comment, observation.span_start, observation.span_end,
                    observation.source, observation.flagged_for_supervision, observation.created_at,
                    observation.updated_at,
                    session.number, session.started_at,
                    tag.id, tag.category, tag.name, tag.slug, tag.parent_id, tag.level, tag.description,
                    tag.color, tag.builtin, tag.archived, tag.merged_into_id
                FROM observation
                JOIN session ON session.id = observation.session_id
                JOIN tag ON tag.id = observation.tag_id
                WHERE \(condition)
                ORDER BY session.number, observation.span_start IS NULL, observation.span_start, observation.id
                """
            var details: [ObservationDetail] = []
            var tags: [Int64: Tag] = [:]
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                let tagID: Int64 = row[14]
                let tag: Tag
                if let known = tags[tagID] {
                    tag = known
                } else {
                    tag = Tag(
                        id: tagID, category: TagCategory(rawValue: row[15]) ?? .theme, name: row[16], slug: row[17],
                        parentID: row[18], level: row[19], description: row[20], color: row[21], builtin: row[22],
                        archived: row[23], mergedIntoID: row[24])
                    tags[tagID] = tag
                }
                let observation = Observation(
                    id: row[0], sessionID: row[1], tagID: row[2], intensity: row[3], evidence: row[4], comment: row[5],
                    spanStart: row[6], spanEnd: row[7], source: ObservationSource(rawValue: row[8]) ?? .manual,
                    flaggedForSupervision: row[9], createdAt: row[10], updatedAt: row[11])
                details.append(ObservationDetail(
                    observation: observation, tag: tag, sessionNumber: row[12], sessionStartedAt: row[13]))
            }
            return details
        }
    }
}
