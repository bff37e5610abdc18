import Foundation

/// The `YYYY-MM-DD` days typed into the date filters, read in the clinician's own time zone
/// (sessions are dated where they happen).
enum SearchDate {
    static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        return calendar
    }

    /// The start of the typed day, or nil when the text is not a real `YYYY-MM-DD` date.
    static func startOfDay(_ text: String) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        // Rejects 2026-02-30 rather than rolling it into March.
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { return nil }
        return date
    }

    /// The start of the day after, so a "to" date includes its whole day.
    static func endOfDay(_ text: String) -> Date? {
        startOfDay(text).flatMap { calendar.date(byAdding: .day, value: 1, to: $0) }
    }

    static func format(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }
}
