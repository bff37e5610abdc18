import Foundation

/// Dates as the command line reads and writes them: local time, `YYYY-MM-DD` or
/// `YYYY-MM-DD HH:MM` in, the same out (JSON gets ISO 8601 with the offset).
enum CLIDate {
    /// A parsed date, and whether the person gave only the day (so `--to` can include all of it).
    struct Parsed {
        var date: Date
        var dayOnly: Bool
    }

    static func parse(_ text: String, option: String) throws -> Parsed {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for (format, dayOnly) in [("yyyy-MM-dd HH:mm", false), ("yyyy-MM-dd'T'HH:mm", false), ("yyyy-MM-dd", true)] {
            let formatter = makeFormatter(format)
            if let date = formatter.date(from: trimmed), formatter.string(from: date) == trimmed {
                return Parsed(date: date, dayOnly: dayOnly)
            }
        }
        throw CLIError(
            message: "\(option): \"\(text)\" is not a date",
            hint: "write it as YYYY-MM-DD or \"YYYY-MM-DD HH:MM\", e.g. 2024-03-05 or \"2024-03-05 14:00\"")
    }

    static func day(_ date: Date) -> String { makeFormatter("yyyy-MM-dd").string(from: date) }

    static func minute(_ date: Date) -> String { makeFormatter("yyyy-MM-dd HH:mm").string(from: date) }

    static func json(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .current
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    private static func makeFormatter(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = .current
        formatter.dateFormat = format
        formatter.isLenient = false
        return formatter
    }
}
