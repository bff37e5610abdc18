/// The glyphs and styles a heat map draws for intensities 0 (absent) to 3 (strong).
public struct HeatRamp: Hashable, Sendable {
    public var glyphs: [String]
    public var styles: [Style]

    public init(glyphs: [String], styles: [Style] = Array(repeating: .plain, count: 4)) {
        self.glyphs = glyphs
        self.styles = styles
    }

    /// Shade blocks, readable without colour.
    public static let shades = HeatRamp(glyphs: [" ", "░", "▒", "▓"])
    /// Dots and squares, lighter on the eye.
    public static let dots = HeatRamp(glyphs: ["·", "▪", "■", "█"])
    /// For terminals without block elements.
    public static let ascii = HeatRamp(glyphs: [" ", ".", "+", "#"])

    func glyph(_ level: Int) -> String { glyphs.isEmpty ? " " : glyphs[max(0, min(glyphs.count - 1, level))] }
    func style(_ level: Int) -> Style { styles.isEmpty ? .plain : styles[max(0, min(styles.count - 1, level))] }
}
