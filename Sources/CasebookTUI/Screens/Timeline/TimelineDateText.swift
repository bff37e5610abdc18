import Foundation
import Synchronization

/// Session dates as the timeline and patterns write them, from calendar components so the
/// output is the same on every locale.
enum TimelineDateText {
    /// The last calendar made: making one was most of the time drawing the date ticks took.
    private static let calendar = Mutex<Calendar?>(nil)

    static func components(_ date: Date, _ timeZone: TimeZone) -> DateComponents {
        let gregorian = calendar.withLock { kept in
            if let kept, kept.timeZone == timeZone { return kept }
            var made = Calendar(identifier: .gregorian)
            made.timeZone = timeZone
            kept = made
            return made
        }
        return gregorian.dateComponents([.year, .month, .day], from: date)
    }

    /// `2023-04-12`
    static func day(_ date: Date, timeZone: TimeZone) -> String {
        let c = components(date, timeZone)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// `04-12`, for column headers.
    static func monthDay(_ date: Date, timeZone: TimeZone) -> String {
        let c = components(date, timeZone)
        return String(format: "%02d-%02d", c.month ?? 0, c.day ?? 0)
    }
}
