/// Boxes drawn over the current screen that take the keys while open.
public enum Overlay: Sendable {
    case help(HelpState)
    case palette(PaletteState)
}
