import GRDB

extension Migrations {
    /// `v2-observation-grid-index`: a client's timeline and patterns read each observation's
    /// session, code and intensity; with intensity in the index they read the index alone, not
    /// the observation rows and their evidence and comment text. For the 1,300-session client
    /// (~15,000 observations) that read fell from ~6.5 ms to ~2.7 ms of `sqlite3` CPU.
    ///
    /// It replaces `observation_on_session_tag` (session, code): the longer index answers the
    /// same probes (the roster triggers' "is this code already in this session", a session
    /// list's codes), so an observation write still updates the same number of indexes.
    static func createObservationGridIndex(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX observation_on_session_tag_intensity ON observation(session_id, tag_id, intensity);
            DROP INDEX IF EXISTS observation_on_session_tag;
            """)
    }
}
