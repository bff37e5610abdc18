import TerminalKit

/// Where the set/change/clear passphrase dialogue is. The current passphrase is asked first
/// whenever one is set, and a new one is typed twice.
public enum PassphraseStep: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable { case change, clear }

    case current(TextInputState, purpose: Purpose)
    /// Waiting for the key derivation (checking the current one or hashing the new one).
    case working
    case new(TextInputState)
    case confirm(first: String, TextInputState)

    var field: TextInputState? {
        switch self {
        case let .current(field, _), let .new(field), let .confirm(_, field): return field
        case .working: return nil
        }
    }

    var prompt: String {
        switch self {
        case .current: return "Current passphrase: "
        case .new: return "New passphrase: "
        case .confirm: return "Type it again: "
        case .working: return "Working…"
        }
    }

    func with(_ field: TextInputState) -> PassphraseStep {
        switch self {
        case let .current(_, purpose): return .current(field, purpose: purpose)
        case .new: return .new(field)
        case let .confirm(first, _): return .confirm(first: first, field)
        case .working: return .working
        }
    }
}
