import Foundation

/// Says when the keyboard has paused: no input for `delay`, asked at most once per `delay`
/// (so work done in a pause, which may fail and be retried, never runs in a tight loop).
struct InputPause {
    let delay: TimeInterval
    private var lastInput: Date?
    private var lastPause: Date?

    init(delay: TimeInterval) {
        self.delay = delay
    }

    mutating func input(at now: Date) {
        lastInput = now
    }

    /// Whether `now` is in a pause and the last pause answered is `delay` old.
    mutating func isPaused(at now: Date) -> Bool {
        if let lastInput, now.timeIntervalSince(lastInput) < delay, now >= lastInput { return false }
        if let lastPause, now.timeIntervalSince(lastPause) < delay, now >= lastPause { return false }
        lastPause = now
        return true
    }
}
