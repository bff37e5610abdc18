import Foundation

/// ISO-8601 dates for exports, in UTC, to the millisecond the database keeps. Written by hand
/// rather than with `ISO8601DateFormatter` so formatting rounds to the nearest millisecond:
/// a date read back from the database then prints exactly as it did before an import.
public enum ExportDate {
    public static func string(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let seconds = milliseconds.floorDivided(by: 1000)
        let fraction = milliseconds - seconds * 1000
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: Double(seconds)))
        let day = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        let time = String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        return fraction == 0 ? "\(day)T\(time)Z" : "\(day)T\(time)" + String(format: ".%03dZ", fraction) 
    }

    /// The calendar day alone (`2026-03-14`), for CSV rows and readable records.
    public static func day(_ date: Date) -> String {
        String(string(date).prefix(10))
    }

    /// Parses what `string` writes (with or without milliseconds); nil for anything else.
    public static func parse(_ text: String) -> Date? {
        let pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/
        guard let match = text.wholeMatch(of: pattern) else { return nil }
        var parts = DateComponents()
        parts.year = Int(match.1)
        parts.month = Int(match.2)
        parts.day = Int(match.3)
        parts.hour = Int(match.4)
        parts.minute = Int(match.5)
        parts.second = Int(match.6)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let month = parts.month, (1...12).contains(month), let dayOfMonth = parts.day, (1...31).contains(dayOfMonth),
            let hour = parts.hour, hour < 24, let minute = parts.minute, minute < 60, let second = parts.second,
            second < 61, let whole = calendar.date(from: parts),
            calendar.component(.day, from: whole) == dayOfMonth
        else { return nil }
        var milliseconds = 0
        if let fraction = match.7 {
            milliseconds = Int(fraction.padding(toLength: 3, withPad: "0", startingAt: 0)) ?? 0
        }
        let total = Int64(whole.timeIntervalSince1970.rounded()) * 1000 + Int64(milliseconds)
        return Date(timeIntervalSince1970: Double(total) / 1000)
    }
}

extension Int64 {
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor < 0) ? quotient - 1 : quotient
    }
}
