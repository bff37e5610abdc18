/// The clinician's preferences for the interface, as kept in `config.toml`.
public struct Settings: Sendable, Equatable {
    /// Minutes without input before the lock screen; 0 turns the idle lock off.
    public var idleLockMinutes: Int
    /// Show client codes instead of names everywhere, for working where others can see.
    public var codeOnly: Bool
    /// A theme name from the catalog; nil means the default (or `--theme`).
    public var theme: String?
    /// The lock passphrase as a `Passphrase.stored` string; nil: any key unlocks.
    public var passphraseHash: String?

    public static let defaultIdleLockMinutes = 10
    public static let idleLockRange = 0...240

    public init(idleLockMinutes: Int = Settings.defaultIdleLockMinutes, codeOnly: Bool = false,
                theme: String? = nil, passphraseHash: String? = nil) {
        self.idleLockMinutes = idleLockMinutes
        self.codeOnly = codeOnly
        self.theme = theme
        self.passphraseHash = passphraseHash
    }
}
