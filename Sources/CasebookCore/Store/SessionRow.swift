import Foundation

/// A session as a list shows it: no whole note, only its start, and its codes in note order.
public struct SessionRow: Hashable, Sendable {
    public var id: Int64
    public var number: Int
    public var startedAt: Date
    public var attendance: Attendance
    public var isSigned: Bool
    /// The first characters of the process note, else of the record note (all of it when `noteIsWhole`).
    public var noteExcerpt: String
    public var noteIsWhole: Bool
    /// The codes observed, in the order `observations(sessionID:)` gives (inline ones in note
    /// order, then manual ones as added); a code seen twice is listed twice.
    public var tagIDs: [Int64]

    public init(id: Int64, number: Int, startedAt: Date, attendance: Attendance, isSigned: Bool, noteExcerpt: String,
                noteIsWhole: Bool, tagIDs: [Int64] = []) {
        self.id = id
        self.number = number
        self.startedAt = startedAt
        self.attendance = attendance
        self.isSigned = isSigned
        self.noteExcerpt = noteExcerpt
        self.noteIsWhole = noteIsWhole
        self.tagIDs = tagIDs
    }
}
