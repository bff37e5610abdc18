import Foundation
import TerminalKit

public enum LockInput: Sendable {
    case key(KeyEvent)
    case paste(String)
    case tick(Date)
    /// The passphrase check finished at `at`.
    case checked(matches: Bool, at: Date)
    /// The stored hash could not be read.
    case failed(String)
}
