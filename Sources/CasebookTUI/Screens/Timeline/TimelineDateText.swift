import Foundation

/// Session dates as the timeline and patterns write them, from calendar components so the
/// output is the same on every locale.
enum TimelineDateText {
    static func components(_ date: Date, _ timeZone: TimeZone) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.year, .month, .day], from: date)
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
