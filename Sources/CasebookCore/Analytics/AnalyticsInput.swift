import Foundation

// Plain values the analytics read. The store maps its records onto these, so the analytics stay
// pure, testable without a database, and independent of the schema.

/// A code of the codebook as the analytics need it.
public struct AnalyzedTag: Hashable, Sendable {
    public var id: Int64
    public var category: TagCategory
    public var name: String
    public var slug: String
    /// The DMRS level (1–7) for defenses; defenses without a level are left out of ODF and profiles.
    public var level: Int?

    public init(id: Int64, category: TagCategory, name: String, slug: String, level: Int? = nil) {
        self.id = id
        self.category = category
        self.name = name
        self.slug = slug
        self.level = level
    }
}

/// One observation: a tag seen in a session, as the analytics count it. Evidence and comment
/// stay in the store: no analysis reads them, and a client's ~15,000 observations read without
/// them come from an index alone. A screen showing one cell's evidence reads that cell.
public struct AnalyzedObservation: Hashable, Sendable {
    public var tagID: Int64
    /// 1 tentative, 2 clear, 3 strong.
    public var intensity: Int

    public init(tagID: Int64, intensity: Int) {
        self.tagID = tagID
        self.intensity = intensity
    }
}

/// A session with its observations.
public struct AnalyzedSession: Hashable, Sendable {
    public var id: Int64
    public var number: Int
    public var date: Date
    /// `attended`, `cancelled` or `no-show` (SPEC §2).
    public var attendance: String
    public var observations: [AnalyzedObservation]

    public init(id: Int64, number: Int, date: Date, attendance: String = "attended", observations: [AnalyzedObservation] = []) {
        self.id = id
        self.number = number
        self.date = date
        self.attendance = attendance
        self.observations = observations
    }

    /// Only an attended session was held. A cancelled or no-show session is not counted as a
    /// session held (ratios, streaks, trends, ODF, co-occurrence all skip it) and does not break
    /// a streak: a streak runs over consecutive held sessions. The timeline still shows it as a
    /// column, with whatever was written about it, so nothing recorded is hidden.
    public var isHeld: Bool {
        // The store writes lower case; `lowercased()` allocates, so it is only the fallback.
        attendance == "attended" || attendance.lowercased() == "attended"
    }
}

/// A CCRT relationship episode, scored or partly scored.
public struct AnalyzedEpisode: Hashable, Sendable {
    public var sessionNumber: Int
    /// The figure the episode is about (a role such as "mother", or "therapist").
    public var figure: String
    public var wishTagID: Int64?
    public var roTagID: Int64?
    public var rsTagID: Int64?
    public var roPositive: Bool?
    public var rsPositive: Bool?

    public init(
        sessionNumber: Int, figure: String, wishTagID: Int64? = nil, roTagID: Int64? = nil, rsTagID: Int64? = nil,
        roPositive: Bool? = nil, rsPositive: Bool? = nil
    ) {
        self.sessionNumber = sessionNumber
        self.figure = figure
        self.wishTagID = wishTagID
        self.roTagID = roTagID
        self.rsTagID = rsTagID
        self.roPositive = roPositive
        self.rsPositive = rsPositive
    }
}

/// One client's material for the caseload view.
public struct AnalyzedClient: Hashable, Sendable {
    public var code: String
    public var sessions: [AnalyzedSession]

    public init(code: String, sessions: [AnalyzedSession]) {
        self.code = code
        self.sessions = sessions
    }
}
