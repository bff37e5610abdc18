import CasebookCore
import Foundation

/// A row of the Sessions tab.
public struct SessionListItem: Hashable, Sendable {
    public var id: Int64
    public var number: Int
    public var date: Date
    /// `attended`, `cancelled` or `no-show`, as the store spells it.
    public var attendance: String
    /// The first non-empty line of the process note, else of the record note, without its
    /// inline tags; tidied when asked for, so a 1,300-session list tidies only the rows drawn.
    public var firstLine: String {
        get { noteStart.map { NoteExcerpt.lines($0, count: 1).first ?? "" } ?? givenFirstLine }
        set {
            givenFirstLine = newValue
            noteStart = nil
        }
    }
    /// Enough of the note for `firstLine` (`NoteExcerpt.part`), as written.
    public var noteStart: String?
    private var givenFirstLine = ""
    public var tags: [TagChip]
    public var isSigned: Bool
    /// False while only the outline is read (number, date, attendance): the note's line, the
    /// chips and the signature come with the page of rows around the screen.
    public var hasDetails: Bool

    public init(id: Int64, number: Int, date: Date, attendance: String, firstLine: String, tags: [TagChip] = [],
                isSigned: Bool = false, hasDetails: Bool = true) {
        self.id = id
        self.number = number
        self.date = date
        self.attendance = attendance
        self.givenFirstLine = firstLine
        self.tags = tags
        self.isSigned = isSigned
        self.hasDetails = hasDetails
    }

    /// A row placed by the outline, its details still to read.
    public init(outline: SessionOutline) {
        self.init(id: outline.id, number: outline.number, date: outline.startedAt,
                  attendance: outline.attendance.rawValue, firstLine: "", hasDetails: false)
    }
}
