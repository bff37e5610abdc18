import Foundation
import GRDB

/// Dates as the store writes them (`YYYY-MM-DD HH:MM:SS.SSS`, UTC). GRDB decodes each through
/// a Gregorian `Calendar`, which cost the Clients list a millisecond per thousand dates; whole
/// seconds (all the store writes: its clock drops fractions) from 1600 on (Foundation's calendar
/// is Julian before 1582) are computed directly here, and callers leave anything else to GRDB,
/// so every value equals what GRDB returns.
enum StoredDate {
    /// The date of a whole-second text value; nil for anything GRDB must decode (or refuse).
    static func wholeSeconds(_ value: DatabaseValue) -> Date? {
        guard case let .string(text) = value.storage else { return nil }
        return wholeSeconds(text: text)
    }

    /// `text` as a date when it is a valid `YYYY-MM-DD HH:MM:SS` with no fraction (or `.000`).
    static func wholeSeconds(text: String) -> Date? {
        var text = text
        return text.withUTF8 { wholeSeconds(bytes: $0) }
    }

    /// `wholeSeconds(text:)` for a text's UTF-8 bytes, such as a column read in place.
    static func wholeSeconds(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard bytes.count == 23 || bytes.count == 19 else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for i in from..<(from + count) {
                let byte = bytes[i]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: " "),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let year = number(0, 4), year >= 1600, let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60
        else { return nil }
        if bytes.count == 23 {
            guard bytes[19] == UInt8(ascii: "."), number(20, 3) == 0 else { return nil }
        }
        // Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second
        return Date(timeIntervalSince1970: Double(seconds))
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
