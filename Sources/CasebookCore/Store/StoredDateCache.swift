import Foundation
import GRDB
import Synchronization

/// Dates as the store writes them ("2024-03-14 09:30:00.000"), parsed once per text for the
/// life of the process.
///
/// GRDB turns each such text into a `Date` through a UTC `Calendar`, ~1 µs a date on Linux:
/// about a millisecond of every timeline of a 1,300-session client, paid again after every
/// write. The parse is a pure function of the text, so its results can be kept; a date that
/// changes is new text and is parsed anew. Kept to a bounded number of texts.
enum StoredDateCache {
    private static let parsed = Mutex<[String: Date]>([:])
    static let capacity = 100_000

    /// The date a column holds, as `Date.fromDatabaseValue` reads it.
    static func date(_ value: DatabaseValue) -> Date? {
        guard case .string(let text) = value.storage else { return Date.fromDatabaseValue(value) }
        if let known = parsed.withLock({ $0[text] }) { return known }
        guard let date = Date.fromDatabaseValue(value) else { return nil }
        parsed.withLock { parsed in
            if parsed.count >= capacity { parsed.removeAll(keepingCapacity: true) }
            parsed[text] = date
        }
        return date
    }
}
