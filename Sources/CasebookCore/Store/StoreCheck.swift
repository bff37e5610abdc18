/// What `casebook check` reports.
public struct StoreCheck: Hashable, Sendable {
    /// SQLite's integrity report: `["ok"]` when the file is sound.
    public var integrity: [String]
    public var foreignKeyViolations: Int
    /// The last applied migration: the schema version.
    public var schemaVersion: String?
    public var appliedMigrations: [String]
    /// Migrations this build knows and has not applied (none after a normal open).
    public var pendingMigrations: [String]
    /// Where the Clients list's kept counts (sessions, last seen, sessions per code) no longer
    /// match the sessions and observations they count; empty when they match. The records
    /// themselves are the truth: `repair` recounts.
    public var rosterCountProblems: [String]
    /// Where the sessions' kept code lists, which timelines and patterns read, no longer match
    /// the observations; empty when they match. `repair` rebuilds them.
    public var sessionCodeListProblems: [String]

    public var isHealthy: Bool {
        integrity == ["ok"] && foreignKeyViolations == 0 && pendingMigrations.isEmpty && rosterCountProblems.isEmpty
            && sessionCodeListProblems.isEmpty
    }

    public init(
        integrity: [String], foreignKeyViolations: Int, schemaVersion: String?, appliedMigrations: [String],
        pendingMigrations: [String], rosterCountProblems: [String] = [], sessionCodeListProblems: [String] = []
    ) {
        self.integrity = integrity
        self.foreignKeyViolations = foreignKeyViolations
        self.schemaVersion = schemaVersion
        self.appliedMigrations = appliedMigrations
        self.pendingMigrations = pendingMigrations
        self.rosterCountProblems = rosterCountProblems
        self.sessionCodeListProblems = sessionCodeListProblems
    }
}
