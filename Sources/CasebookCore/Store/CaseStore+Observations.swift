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

    private func fetchDetails(where condition: String, arguments: StatementArguments) throws -> [ObservationDetail] {
        try database.read { db in
            let sql = """
                SELECT observation.*, session.number AS session_number, session.started_at AS session_started_at,
                    tag.id AS t_id, tag.category AS t_category, tag.name AS t_name, tag.slug AS t_slug,
                    tag.parent_id AS t_parent_id, tag.level AS t_level, tag.description AS t_description,
                    tag.color AS t_color, tag.builtin AS t_builtin, tag.archived AS t_archived,
                    tag.merged_into_id AS t_merged_into_id
                FROM observation
                JOIN session ON session.id = observation.session_id
                JOIN tag ON tag.id = observation.tag_id
                WHERE \(condition)
                ORDER BY session.number, observation.span_start IS NULL, observation.span_start, observation.id
                """
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let tag = Tag(
                    id: row["t_id"], category: TagCategory(rawValue: row["t_category"]) ?? .theme, name: row["t_name"],
                    slug: row["t_slug"], parentID: row["t_parent_id"], level: row["t_level"],
                    description: row["t_description"], color: row["t_color"], builtin: row["t_builtin"],
                    archived: row["t_archived"], mergedIntoID: row["t_merged_into_id"])
                return ObservationDetail(
                    observation: try Observation(row: row), tag: tag, sessionNumber: row["session_number"],
                    sessionStartedAt: row["session_started_at"])
            }
        }
    }
}
