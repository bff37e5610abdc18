import Foundation
import GRDB

extension CaseStore {
    /// Inserts a session through one prepared statement kept by the connection. Writing a caseload
    /// inserts tens of thousands of sessions and observations; the record protocol's Codable
    /// encoding of each was a noticeable share of that. The columns and values are exactly
    /// what `session.insert(db)` writes.
    static func insertSession(_ session: inout Session, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO session (client_id, number, started_at, duration_minutes, attendance, modality,
                record_note, process_note, flagged_for_supervision, signed_at, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let created = session.createdAt.databaseValue
        try statement.execute(arguments: [
            session.clientID, session.number, session.startedAt, session.durationMinutes, session.attendance,
            session.modality, session.recordNote, session.processNote, session.flaggedForSupervision,
            session.signedAt, created, session.updatedAt == session.createdAt ? created : session.updatedAt.databaseValue,
        ])
        session.id = db.lastInsertedRowID
    }

    /// `insertSession`'s counterpart for observations (inline sync adds several per note).
    static func insertObservation(_ observation: inout Observation, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO observation (session_id, tag_id, intensity, evidence, comment, span_start, span_end,
                source, flagged_for_supervision, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // Formatting a date is most of the cost of the arguments; both stamps are usually one.
        let created = observation.createdAt.databaseValue
        try statement.execute(arguments: [
            observation.sessionID, observation.tagID, observation.intensity, observation.evidence,
            observation.comment, observation.spanStart, observation.spanEnd, observation.source,
            observation.flaggedForSupervision, created, observation.updatedAt == observation.createdAt
                ? created : observation.updatedAt.databaseValue,
        ])
        observation.id = db.lastInsertedRowID
    }

    static func insertMeasure(_ measure: inout Measure, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO measure (session_id, instrument, score) VALUES (?, ?, ?)")
            .execute(arguments: [measure.sessionID, measure.instrument, measure.score])
        measure.id = db.lastInsertedRowID
    }

    static func insertEpisode(_ episode: inout RelationshipEpisode, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO relationship_episode (session_id, figure_id, narrative, wish_tag_id, ro_tag_id, rs_tag_id,
                ro_positive, rs_positive)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [
            episode.sessionID, episode.figureID, episode.narrative, episode.wishTagID, episode.roTagID,
            episode.rsTagID, episode.roPositive, episode.rsPositive,
        ])
        episode.id = db.lastInsertedRowID
    }
}
