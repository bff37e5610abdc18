import CasebookCore
import TerminalKit

/// The settings screen: the saved settings, the draft being edited, and the small dialogues
/// for the idle minutes, the theme and the passphrase.
public struct SettingsState: Sendable {
    /// What the file holds now (or the defaults when it could not be read).
    public var original: Settings
    public var draft: Settings
    /// Where saving writes; nil when neither `XDG_CONFIG_HOME` nor `HOME` is set.
    public var file: SettingsFile?
    /// Problems found in the file at load time, shown until a save replaces it.
    public var loadErrors: [SettingsError]
    public var themes: [String]
    public var row: SettingsRow = .idleLock
    /// Non-nil while the idle minutes are being typed.
    public var idleField: TextInputState?
    /// Non-nil while the theme picker is open: the highlighted index into `themes`.
    public var themeChoice: Int?
    public var passphraseStep: PassphraseStep?
    public var message: String?
    /// Set when Esc was pressed once with unsaved changes; a second Esc discards them.
    public var confirmDiscard = false
    /// Key-derivation cost for a new passphrase; lowered only by tests.
    public var iterations = Passphrase.defaultIterations
    /// The settings just written by a save, for the shell to apply (theme, code-only, idle
    /// lock) and clear.
    public var lastSaved: Settings?
    public var request: ScreenRequest?

    public init(settings: Settings, file: SettingsFile?, loadErrors: [SettingsError] = [], themes: [String]) {
        original = settings
        draft = settings
        self.file = file
        self.loadErrors = loadErrors
        self.themes = themes.isEmpty ? ["default"] : themes
    }

    public var hasUnsavedChanges: Bool { draft != original }
}
