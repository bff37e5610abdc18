import Foundation
import TerminalKit

/// The lock screen. It holds the stored passphrase hash and what is being typed, never anything
/// about clients, so nothing identifying can reach the screen while locked.
public struct LockState: Sendable {
    public var passphraseHash: String?
    public var field = TextInputState()
    public var now: Date
    public var timeZone: TimeZone
    /// Shown under the field: "Wrong passphrase", a wait, or a problem with the stored hash.
    public var message: String?
    public var failures = 0
    /// No attempt is checked before this time (a short pause after each wrong passphrase, 30 s
    /// after five in a row).
    public var waitUntil: Date?
    /// A check is running; further Enter presses are ignored until it reports.
    public var isVerifying = false
    public var request: ScreenRequest?

    public static let failuresBeforeLongWait = 5
    public static let shortWait: TimeInterval = 1
    public static let longWait: TimeInterval = 30

    public init(passphraseHash: String?, now: Date, timeZone: TimeZone = .current) {
        self.passphraseHash = passphraseHash
        self.now = now
        self.timeZone = timeZone
    }

    /// Whole seconds left before another attempt is accepted; 0 when none.
    public var secondsToWait: Int {
        guard let waitUntil, waitUntil > now else { return 0 }
        return Int(waitUntil.timeIntervalSince(now).rounded(.up))
    }
}
