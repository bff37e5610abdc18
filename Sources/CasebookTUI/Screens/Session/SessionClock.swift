import Foundation

/// The session clock of the header: time elapsed of the planned hour, `12:04 / 50:00`.
public struct SessionClock: Hashable, Sendable {
    public var start: Date
    public var plannedMinutes: Int

    public init(start: Date, plannedMinutes: Int) {
        self.start = start
        self.plannedMinutes = max(1, plannedMinutes)
    }

    /// A session dated in the past (reread days later) is timed from the screen's opening;
    /// one dated now, or started within the last two planned hours, from its start.
    public static func forSession(startedAt: Date, plannedMinutes: Int, openedAt: Date) -> SessionClock {
        let since = openedAt.timeIntervalSince(startedAt)
        let running = since >= 0 && since < Double(max(1, plannedMinutes)) * 60 * 2
        return SessionClock(start: running ? startedAt : openedAt, plannedMinutes: plannedMinutes)
    }

    public func elapsedSeconds(at now: Date) -> Int { max(0, Int(now.timeIntervalSince(start))) }

    public func isOverrun(at now: Date) -> Bool { elapsedSeconds(at: now) > plannedMinutes * 60 }

    public func text(at now: Date) -> String {
        let elapsed = elapsedSeconds(at: now)
        return "\(Self.minutesSeconds(elapsed)) / \(Self.minutesSeconds(plannedMinutes * 60))"
    }

    static func minutesSeconds(_ seconds: Int) -> String {
        let m = seconds / 60, s = seconds % 60
        return (m < 10 ? "0" : "") + "\(m):" + (s < 10 ? "0" : "") + "\(s)"
    }
}
