import Foundation

/// When a casework text (formulation fields, supervision questions) goes to the store: a fixed
/// delay after the first tick that saw it unsaved, however fast the typing (keystrokes never
/// postpone it, so `kill -9` loses at most the last second), and after failed saves the longer
/// waits of `AutosavePolicy.retryDelay` rather than a try on every tick.
struct FieldAutosave: Sendable, Equatable {
    /// The tick that first saw the text unsaved, or that sent the last try.
    private var unsavedSince: Date?
    /// Failed saves in a row.
    private(set) var failures = 0

    /// Whether to save now. Call on every tick with whether the text differs from the store.
    mutating func isDue(unsaved: Bool, now: Date, delay: TimeInterval) -> Bool {
        guard unsaved else {
            unsavedSince = nil
            return false
        }
        guard let since = unsavedSince else {
            unsavedSince = now
            return false
        }
        let wait = failures == 0 ? delay : AutosavePolicy.retryDelay(afterFailures: failures)
        guard now.timeIntervalSince(since) >= wait else { return false }
        unsavedSince = now
        return true
    }

    /// The text was saved some other way (leaving the field): the wait starts afresh.
    mutating func restart() { unsavedSince = nil }

    mutating func saved() { failures = 0 }

    mutating func failed() { failures += 1 }
}
