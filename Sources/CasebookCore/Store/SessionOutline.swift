import Foundation

/// A session as a long list needs it before any row is drawn: enough to count, number, date
/// and place it, read from an index alone (`session_on_client_list`), so a 1,300-session client
/// opens without touching a note. What a row shows beyond this comes from `sessionRows(ids:)`
/// for the rows on screen.
public struct SessionOutline: Hashable, Sendable {
    public var id: Int64
    public var number: Int
    public var startedAt: Date
    public var attendance: Attendance

    public init(id: Int64, number: Int, startedAt: Date, attendance: Attendance) {
        self.id = id
        self.number = number
        self.startedAt = startedAt
        self.attendance = attendance
    }
}
