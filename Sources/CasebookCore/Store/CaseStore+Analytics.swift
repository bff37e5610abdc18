import Foundation
import GRDB

extension CaseStore {
    /// A client's material as the analytics read it (`TimelineGrid`, `PatternsReport`): four
    /// queries in one read, whatever the number of sessions, so a 1,300-session client costs
    /// the same round trips as a new one.
    ///
    /// `tags` is the whole live codebook (merged codes left out: their observations already
    /// point at the survivor), so a tag the analytics meet is always known.
    public func analyticsInput(clientID: Int64) throws
        -> (sessions: [AnalyzedSession], tags: [AnalyzedTag], episodes: [AnalyzedEpisode])
    {
        try database.read { db in
            let tags = try Row.fetchAll(
                db, sql: "SELECT id, category, name, slug, level FROM tag WHERE merged_into_id IS NULL"
            ).compactMap { row -> AnalyzedTag? in
                guard let category = TagCategory(rawValue: row["category"]) else { return nil }
                return AnalyzedTag(id: row["id"], category: category, name: row["name"], slug: row["slug"], level: row["level"])
            }
            var sessions = try Row.fetchAll(
                db,
                sql: "SELECT id, number, started_at, attendance FROM session WHERE client_id = ? ORDER BY number",
                arguments: [clientID]
            ).map { row in
                AnalyzedSession(id: row["id"], number: row["number"], date: row["started_at"], attendance: row["attendance"])
            }
            var slot: [Int64: Int] = [:]
            for (position, session) in sessions.enumerated() { slot[session.id] = position }
            let observations = try Row.fetchAll(
                db,
                sql: """
                    SELECT observation.session_id, observation.tag_id, observation.intensity, observation.evidence,
                        observation.comment, observation.source
                    FROM observation JOIN session ON session.id = observation.session_id
                    WHERE session.client_id = ?
                    ORDER BY observation.session_id, observation.span_start IS NULL, observation.span_start, observation.id
                    """,
                arguments: [clientID])
            for row in observations {
                guard let position = slot[row["session_id"]] else { continue }
                sessions[position].observations.append(AnalyzedObservation(
                    tagID: row["tag_id"], intensity: row["intensity"], evidence: row["evidence"],
                    comment: row["comment"], source: row["source"]))
            }
            let episodes = try Row.fetchAll(
                db,
                sql: """
                    SELECT session.number, figure.role, relationship_episode.wish_tag_id, relationship_episode.ro_tag_id,
                        relationship_episode.rs_tag_id, relationship_episode.ro_positive, relationship_episode.rs_positive
                    FROM relationship_episode
                    JOIN session ON session.id = relationship_episode.session_id
                    LEFT JOIN figure ON figure.id = relationship_episode.figure_id
                    WHERE session.client_id = ?
                    ORDER BY session.number, relationship_episode.id
                    """,
                arguments: [clientID]
            ).map { row in
                // RO/RS valence only means something once the component is scored.
                let roTag: Int64? = row["ro_tag_id"]
                let rsTag: Int64? = row["rs_tag_id"]
                return AnalyzedEpisode(
                    sessionNumber: row["number"], figure: row["role"] ?? "therapist", wishTagID: row["wish_tag_id"],
                    roTagID: roTag, rsTagID: rsTag,
                    roPositive: roTag == nil ? nil : row["ro_positive"] as Bool,
                    rsPositive: rsTag == nil ? nil : row["rs_positive"] as Bool)
            }
            return (sessions, tags, episodes)
        }
    }
}
