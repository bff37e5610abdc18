/// Boxes drawn over the current screen that take the keys while open.
public enum Overlay: Sendable {
    case help(HelpState)
    case palette(PaletteState)
    /// Quitting with text the database refused: write it to a recovery file, stay, or discard.
    case quitGuard(QuitGuardState)
}
