import Foundation

/// One client as the Clients screen shows it: the row and the preview pane. Built from the
/// store by an effect, so the screen itself never touches the database.
public struct ClientListItem: Hashable, Sendable {
    public var id: Int64
    public var code: String
    public var name: String
    /// `active`, `paused` or `closed`, as the store spells it.
    public var status: String
    public var frequency: String
    public var sessionCount: Int
    public var lastSeen: Date?
    /// Themes seen in the most sessions, most frequent first.
    public var topThemes: [TagChip]
    public var presentingConcerns: String
    /// The first lines of the latest session's process note (or record note when there is none),
    /// tidied when asked for: only the selected client's preview shows them.
    public var lastSessionLines: [String] {
        get { lastSessionNote.map { NoteExcerpt.lines($0, count: Self.previewLineCount) } ?? givenLines }
        set {
            givenLines = newValue
            lastSessionNote = nil
        }
    }
    /// Enough of the latest note for `lastSessionLines` (`NoteExcerpt.part`), as written.
    public var lastSessionNote: String?
    private var givenLines: [String] = []
    /// How many lines of the latest note the preview shows.
    public static let previewLineCount = 4
    /// The session those lines come from.
    public var lastSessionNumber: Int?
    public var lastSessionDate: Date?
    /// Codes of any category seen in the most sessions, with their session counts.
    public var frequentTags: [TagChip]
    /// Kept for the edit form, never shown in the list.
    public var aliases: [String]
    public var birthYear: Int?
    public var intakeDate: Date

    public init(id: Int64, code: String, name: String, status: String, frequency: String = "", sessionCount: Int = 0,
                lastSeen: Date? = nil, topThemes: [TagChip] = [], presentingConcerns: String = "",
                lastSessionLines: [String] = [], frequentTags: [TagChip] = [],
                aliases: [String] = [], birthYear: Int? = nil, intakeDate: Date = Date(timeIntervalSince1970: 0)) {
        self.id = id
        self.code = code
        self.name = name
        self.status = status
        self.frequency = frequency
        self.sessionCount = sessionCount
        self.lastSeen = lastSeen
        self.topThemes = topThemes
        self.presentingConcerns = presentingConcerns
        self.givenLines = lastSessionLines
        self.lastSessionNumber = nil
        self.lastSessionDate = nil
        self.frequentTags = frequentTags
        self.aliases = aliases
        self.birthYear = birthYear
        self.intakeDate = intakeDate
    }

    /// The label the screen shows: the code alone when names must not be seen.
    public func label(codeOnly: Bool) -> String {
        codeOnly ? code : "\(code)  \(name)"
    }
}
