import Foundation

/// One client as the Clients list shows it: the row, what the filter matches and what the edit
/// form starts from. Built from the store by an effect, so the screen itself never touches the
/// database. What only the selected client's preview shows is a `ClientPreviewDetail`.
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
    /// Kept for the edit form, never shown in the list.
    public var aliases: [String]
    public var birthYear: Int?
    public var intakeDate: Date

    public init(id: Int64, code: String, name: String, status: String, frequency: String = "", sessionCount: Int = 0,
                lastSeen: Date? = nil, topThemes: [TagChip] = [], presentingConcerns: String = "",
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
        self.aliases = aliases
        self.birthYear = birthYear
        self.intakeDate = intakeDate
    }

    /// The label the screen shows: the code alone when names must not be seen.
    public func label(codeOnly: Bool) -> String {
        codeOnly ? code : "\(code)  \(name)"
    }
}
