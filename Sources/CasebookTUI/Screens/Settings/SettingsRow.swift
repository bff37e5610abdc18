/// The rows of the settings screen, in screen order.
public enum SettingsRow: Int, CaseIterable, Sendable {
    case idleLock, codeOnly, theme, passphrase, save
}
