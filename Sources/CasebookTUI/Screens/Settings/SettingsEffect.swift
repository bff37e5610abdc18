/// Work the settings screen asks for: the passphrase key derivation and writing the file.
public enum SettingsEffect: Sendable, Equatable {
    case verifyCurrent(candidate: String, stored: String, purpose: PassphraseStep.Purpose)
    case hashNew(passphrase: String, iterations: Int)
    case save(Settings, to: SettingsFile?)
}
