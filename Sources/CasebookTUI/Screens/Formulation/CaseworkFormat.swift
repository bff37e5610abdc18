import Foundation
import TerminalKit

/// How the casework tabs write dates, numbers and first lines.
enum CaseworkFormat {
    static func day(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .current).year().month().day())
    }

    static func dayAndTime(_ date: Date) -> String {
        let time = date.formatted(Date.ISO8601FormatStyle(timeZone: .current).time(includingFractionalSeconds: false))
        return day(date) + " " + String(time.prefix(5))
    }

    /// A score without a needless ".0": 12 rather than 12.0, but 3.5 stays.
    static func score(_ value: Double) -> String {
        if value.rounded() == value, value.magnitude < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// The first non-empty line of a text, trimmed.
    static func firstLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty } ?? ""
    }

    /// Draws `text` clipped to `width` cells, returning the x after it.
    @discardableResult
    static func put(_ text: String, x: Int, y: Int, width: Int, style: Style, buffer: inout Buffer) -> Int {
        guard width > 0 else { return x }
        return x + buffer.setString(x: x, y: y, Truncation.truncate(text, toWidth: width), style: style, maxWidth: width)
    }
}
