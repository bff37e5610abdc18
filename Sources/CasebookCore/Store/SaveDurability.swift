import Foundation
import Synchronization

/// When autosaves reach the disk.
///
/// A commit in SQLite's `synchronous = FULL` waits for the WAL to be flushed to the disk: on
/// these machines 0.5 to 4 ms, most of an autosave, paid while the clinician types. Autosaves
/// instead commit in `NORMAL`: the commit is in the WAL, safe from a killed process (the
/// operating system holds it), and reaches the disk at the next flush: a pause in typing (the
/// interface calls `CaseStore.makeSavesDurable()` after a second without keys), closing the store,
/// any other write (those stay `FULL`, and a `FULL` commit flushes the whole WAL), or the first
/// autosave once the oldest unflushed one is `maximumDelay` old. A power cut can cost at most the
/// typing since then; a crash or `kill -9` costs nothing that was saved.
final class SaveDurability: Sendable {
    /// The longest an autosave waits for the disk while typing goes on.
    static let maximumDelay: TimeInterval = 5

    /// When the oldest save not yet on the disk was committed; nil when everything is.
    private let oldestUnflushed = Mutex<Date?>(nil)

    /// Whether the save about to commit at `now` may skip waiting for the disk.
    func mayDefer(at now: Date) -> Bool {
        oldestUnflushed.withLock { oldest in
            guard let oldest else { return true }
            return now.timeIntervalSince(oldest) < Self.maximumDelay && now >= oldest
        }
    }

    /// A save committed at `now` without waiting for the disk.
    func deferred(at now: Date) {
        oldestUnflushed.withLock { oldest in
            if oldest == nil { oldest = now }
        }
    }

    /// Everything committed so far is on the disk.
    func flushed() {
        oldestUnflushed.withLock { $0 = nil }
    }

    var hasUnflushed: Bool {
        oldestUnflushed.withLock { $0 != nil }
    }
}
