import Foundation

/// When a dirty draft goes to the store: half a second after typing pauses, and at the latest
/// three quarters of a second after the first unsaved keystroke, so continuous typing is still
/// saved about every second and `kill -9` loses at most the last second. (Edits are stamped
/// with the last tick's time and ticks come at least every 250 ms: 0.75 s plus one tick stays
/// within the second.)
enum AutosavePolicy {
    static let quietInterval: TimeInterval = 0.5
    static let maximumDelay: TimeInterval = 0.75
    /// A save with no answer after this long is sent again rather than trusted.
    static let inFlightTimeout: TimeInterval = 5

    /// Waits after a failed save: 1, 2, 4, 8, 16 seconds, then every 30.
    static let longestRetryDelay: TimeInterval = 30

    static func retryDelay(afterFailures failures: Int) -> TimeInterval {
        min(longestRetryDelay, pow(2, Double(max(0, failures - 1))))
    }

    static func isDue(_ draft: NoteDraft, now: Date) -> Bool {
        guard draft.isDirty else { return false }
        if draft.inFlightRevision != nil {
            guard let since = draft.inFlightSince else { return false }
            return now.timeIntervalSince(since) >= inFlightTimeout
        }
        // A disk that is full now is full a quarter second later: wait longer after each failure.
        if draft.saveError != nil { return now >= (draft.retryAt ?? now) }
        if let lastEdit = draft.lastEditAt, now.timeIntervalSince(lastEdit) >= quietInterval { return true }
        if let since = draft.dirtySince, now.timeIntervalSince(since) >= maximumDelay { return true }
        return false
    }
}
