import Foundation
import TerminalKit

public enum SettingsInput: Sendable {
    case key(KeyEvent)
    case paste(String)
    case tick(Date)
    case currentChecked(matches: Bool, purpose: PassphraseStep.Purpose)
    case hashed(stored: String)
    case saved(Settings)
    case failed(String)
}
