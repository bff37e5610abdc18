import Foundation

/// Rewrites calendar dates in text as weeks since intake, so a supervisor sees the rhythm of the
/// treatment without the dates that would help identify it.
///
/// Recognised: `2026-03-14` (optionally with a time), `14/03/2026` and `14.03.2026` (day first, as
/// most of the world writes it; month first only when day first is impossible, as in `03/24/2026`),
/// `March 14, 2026`, `Mar 14th 2026`, `14 March 2026`, `14th of March 2026`. Something shaped like a
/// date that is not one (`31/02/2026`) still becomes `[date]`: it was meant as a date.
struct DateRedactor {
    let intakeDate: Date
    let calendar: Calendar

    func describe(_ date: Date) -> String {
        let intakeDay = calendar.startOfDay(for: intakeDate)
        let day = calendar.startOfDay(for: date)
        guard let days = calendar.dateComponents([.day], from: intakeDay, to: day).day, days >= 0 else {
            return "[date]"
        }
        return "week \(days / 7 + 1)"
    }

    /// Runs the date patterns only around four-digit numbers (every recognised date has its year), so
    /// long notes with few dates stay cheap.
    func redact(_ text: String) -> String {
        let characters = Array(text)
        var output = ""
        var copied = 0
        for segment in DateRedactor.segmentsAroundYears(in: characters) {
            output += String(characters[copied..<segment.lowerBound])
            output += redactSegment(String(characters[segment]))
            copied = segment.upperBound
        }
        guard copied > 0 else { return text }
        output += String(characters[copied...])
        return output
    }

    /// Stretches of text from 40 characters before to 30 after each four-digit run, widened to whitespace
    /// so a pattern sees the same word boundaries as in the whole text, and merged where they overlap.
    static func segmentsAroundYears(in characters: [Character]) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var index = 0
        var digits = 0
        while index < characters.count {
            digits = characters[index].isASCII && characters[index].isNumber ? digits + 1 : 0
            if digits == 4 {
                var lower = max(0, index - 3 - 40)
                while lower > 0 && !characters[lower - 1].isWhitespace { lower -= 1 }
                var upper = min(characters.count, index + 1 + 30)
                while upper < characters.count && !characters[upper].isWhitespace { upper += 1 }
                if let last = segments.last, last.upperBound >= lower {
                    segments[segments.count - 1] = last.lowerBound..<max(last.upperBound, upper)
                } else {
                    segments.append(lower..<upper)
                }
            }
            index += 1
        }
        return segments
    }

    private func redactSegment(_ text: String) -> String {
        var result = text
        result = replace(in: result, pattern: #"\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)"#) {
            describe(year: $0[1], month: $0[2], day: $0[3])
        }
        result = replace(in: result, pattern: #"\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?!\d)"#) { parts in
            let dayFirst = describe(year: parts[4], month: parts[3], day: parts[1])
            if dayFirst != "[date]" { return dayFirst }
            return describe(year: parts[4], month: parts[1], day: parts[3])
        }
        let month = #"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"#
        // A weekday in front ("Saturday, 14 March 2026") goes with the date: it would narrow the week to a day.
        let weekday = #"(?:(?:mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday)?\.?,?\s+(?:the\s+)?)?"#
        result = replace(in: result, pattern: #"\b"# + weekday + month + #"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)"#) {
            describe(year: $0[3], month: DateRedactor.monthNumber($0[1]), day: $0[2])
        }
        result = replace(in: result, pattern: #"\b"# + weekday + #"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"# + month + #"\.?,?\s+(\d{4})(?!\d)"#) {
            describe(year: $0[3], month: DateRedactor.monthNumber($0[2]), day: $0[1])
        }
        return result
    }

    private func describe(year: String, month: String, day: String) -> String {
        guard let year = Int(year), let month = Int(month), let day = Int(day),
            (1...12).contains(month), (1...31).contains(day)
        else { return "[date]" }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: components),
            calendar.component(.day, from: date) == day, calendar.component(.month, from: date) == month
        else { return "[date]" }
        return describe(date)
    }

    private func replace(in text: String, pattern: String, with replacement: ([String]) -> String) -> String {
        guard let regex = try? Regex(pattern).ignoresCase() else { return text }
        return text.replacing(regex) { match in
            let parts = (0..<match.output.count).map { index in
                match.output[index].substring.map(String.init) ?? ""
            }
            return replacement(parts)
        }
    }

    private static func monthNumber(_ name: String) -> String {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let prefix = String(name.lowercased().prefix(3))
        return String((months.firstIndex(of: prefix) ?? -1) + 1)
    }
}
