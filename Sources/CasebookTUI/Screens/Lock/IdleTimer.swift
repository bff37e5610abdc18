import Foundation

/// When the user last did something, so the shell can lock after `idleLockMinutes` of quiet.
/// The shell calls `noteActivity` on every key, paste or mouse event (not on ticks).
public struct IdleTimer: Sendable, Equatable {
    public private(set) var lastActivity: Date

    public init(now: Date) { lastActivity = now }

    public mutating func noteActivity(_ now: Date) { lastActivity = max(lastActivity, now) }

    /// True once the configured quiet time has passed; never when the idle lock is off (0).
    public func shouldLock(_ now: Date, settings: Settings) -> Bool {
        guard settings.idleLockMinutes > 0 else { return false }
        return now.timeIntervalSince(lastActivity) >= TimeInterval(settings.idleLockMinutes) * 60
    }
}
