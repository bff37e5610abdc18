import Foundation

/// One client as the Clients screen lists it, read for the whole caseload in one pass: the
/// summary, the codes seen in the most sessions, and the start of the latest note.
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

    public var summary: ClientSummary
    /// Codes of any category, most sessions first, ties by name; at most the roster's `codeLimit`.
    public var codes: [RankedCode]
    /// Themes only, in the same order; at most the roster's `themeLimit`.
    public var themes: [RankedCode]
    public var latestNote: LatestNote?

    public init(summary: ClientSummary, codes: [RankedCode] = [], themes: [RankedCode] = [], latestNote: LatestNote? = nil) {
        self.summary = summary
        self.codes = codes
        self.themes = themes
        self.latestNote = latestNote
    }
}
