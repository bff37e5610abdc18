import Foundation

/// One client as the Clients list shows it, read for the whole caseload in one pass: what each
/// row and the filter need (facts, top themes), and what the edit form starts from. What only
/// the selected client's preview shows is read for that client alone (`ClientPreviewFacts`).
public struct ClientRosterEntry: Hashable, Sendable {
    /// A code with the number of the client's sessions it was seen in.
    public struct RankedCode: Hashable, Sendable {
        public var tagID: Int64
        public var name: String
        public var category: TagCategory
        public var sessions: Int

        public init(tagID: Int64, name: String, category: TagCategory, sessions: Int) {
            self.tagID = tagID
            self.name = name
            self.category = category
            self.sessions = sessions
        }
    }

    /// The start of the latest session that has a note: its process note, else its record note.
    public struct LatestNote: Hashable, Sendable {
        public var sessionID: Int64
        public var sessionNumber: Int
        public var startedAt: Date
        /// The note's first characters (all of it when `isWhole`).
        public var excerpt: String
        public var isWhole: Bool

        public init(sessionID: Int64, sessionNumber: Int, startedAt: Date, excerpt: String, isWhole: Bool) {
            self.sessionID = sessionID
            self.sessionNumber = sessionNumber
            self.startedAt = startedAt
            self.excerpt = excerpt
            self.isWhole = isWhole
        }
    }

    public var id: Int64
    public var code: String
    public var name: String
    public var aliases: [String]
    public var birthYear: Int?
    public var intakeDate: Date
    public var status: ClientStatus
    public var frequency: String
    public var presentingConcerns: String
    public var sessionCount: Int
    /// Start of the latest attended session, nil before the first.
    public var lastSeen: Date?
    /// Themes only, most sessions first, ties by name; at most the roster's `themeLimit`.
    public var themes: [RankedCode]

    public init(
        id: Int64, code: String, name: String, aliases: [String] = [], birthYear: Int? = nil, intakeDate: Date,
        status: ClientStatus = .active, frequency: String = "", presentingConcerns: String = "", sessionCount: Int = 0,
        lastSeen: Date? = nil, themes: [RankedCode] = []
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.aliases = aliases
        self.birthYear = birthYear
        self.intakeDate = intakeDate
        self.status = status
        self.frequency = frequency
        self.presentingConcerns = presentingConcerns
        self.sessionCount = sessionCount
        self.lastSeen = lastSeen
        self.themes = themes
    }
}
