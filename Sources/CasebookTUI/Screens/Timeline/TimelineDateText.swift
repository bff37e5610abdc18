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
        return "\(padded(c.year ?? 0, 4))-\(padded(c.month ?? 0, 2))-\(padded(c.day ?? 0, 2))"
    }

    /// `04-12`, for column headers.
    static func monthDay(_ date: Date, timeZone: TimeZone) -> String {
        let c = components(date, timeZone)
        return "\(padded(c.month ?? 0, 2))-\(padded(c.day ?? 0, 2))"
    }

    /// `value` with leading zeros to `width` digits, as `%0Nd` writes it (`String(format:)` was
    /// most of the time drawing the date ticks took).
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let zeros = String(repeating: "0", count: max(0, width - digits.count - (value < 0 ? 1 : 0)))
        return (value < 0 ? "-" : "") + zeros + digits
    }
}
