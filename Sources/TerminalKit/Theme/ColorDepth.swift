/// How many colours the terminal can show, and how a theme's colours come down to that.
///
/// Themes are written once in `#rrggbb`; each terminal gets the nearest it can show, and a
/// terminal without colour (or a user with `NO_COLOR` set) gets attributes only.
public enum ColorDepth: Int, Comparable, Hashable, Sendable, CaseIterable {
    case monochrome
    case ansi8
    case ansi16
    case indexed256
    case truecolor

    public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }

    /// The depth for this environment. `terminfoColors` is the terminfo `colors` capability
    /// when a terminal is up (`tigetnum("colors")`); it outranks guessing from `TERM`.
    public static func detect(environment: [String: String], terminfoColors: Int? = nil) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        let term = environment["TERM"] ?? ""
        if term == "dumb" { return .monochrome }
        let colorterm = (environment["COLORTERM"] ?? "").lowercased()
        if colorterm == "truecolor" || colorterm == "24bit" { return .truecolor }
        if let colors = terminfoColors, colors > 0 {
            switch colors {
            case 0x1000000...: return .truecolor
            case 256...: return .indexed256
            case 16...: return .ansi16
            case 8...: return .ansi8
            default: return .monochrome
            }
        }
        if term.contains("direct") || term.contains("truecolor") { return .truecolor }
        if term.contains("256color") { return .indexed256 }
        if term.isEmpty || term.hasPrefix("vt") { return .monochrome }
        if term.hasPrefix("linux") || term.hasPrefix("cons") { return .ansi8 }
        if ["xterm", "screen", "tmux", "rxvt", "alacritty", "kitty", "foot", "wezterm"].contains(where: term.hasPrefix) { return .ansi16 }
        return .ansi8
    }

    /// The colour as this depth can show it; `.default` when it cannot show colour at all.
    public func degrade(_ color: Color) -> Color {
        switch (self, color) {
        case (_, .default), (.truecolor, _): return color
        case (.monochrome, _): return .default
        case let (.indexed256, .rgb(r, g, b)): return .indexed(Self.nearest256(r, g, b))
        case (.indexed256, .indexed): return color
        case let (.ansi16, .rgb(r, g, b)): return .indexed(Self.nearest16(r, g, b))
        case let (.ansi16, .indexed(i)): return i < 16 ? color : .indexed(Self.nearest16(Self.rgb(of: i)))
        case let (.ansi8, .rgb(r, g, b)): return .indexed(Self.nearest16(r, g, b) % 8)
        case let (.ansi8, .indexed(i)): return .indexed((i < 16 ? i : Self.nearest16(Self.rgb(of: i))) % 8)
        }
    }

    /// Colours degraded, attributes kept: monochrome still tells roles apart.
    public func degrade(_ style: Style) -> Style {
        Style(foreground: degrade(style.foreground), background: degrade(style.background), modifiers: style.modifiers)
    }

    private static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The xterm defaults for the 16 ANSI colours, which most terminals keep close to.
    private static let ansiPalette: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The RGB an xterm shows for an index.
    static func rgb(of index: UInt8) -> (Int, Int, Int) {
        let i = Int(index)
        if i < 16 { return ansiPalette[i] }
        if i >= 232 { let v = 8 + (i - 232) * 10; return (v, v, v) }
        let c = i - 16
        return (cubeLevels[c / 36], cubeLevels[c / 6 % 6], cubeLevels[c % 6])
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        // Weighted for the eye's greater sensitivity to green, less to blue.
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db
    }

    /// Nearest colour among the 6×6×6 cube and the 24 greys (indices 16–255; 0–15 are left out
    /// because terminals restyle them).
    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let target = (Int(r), Int(g), Int(b))
        func level(_ v: Int) -> Int { v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40 }
        let (cr, cg, cb) = (level(target.0), level(target.1), level(target.2))
        let cube = 16 + 36 * cr + 6 * cg + cb
        let average = (target.0 + target.1 + target.2) / 3
        let greyStep = average > 238 ? 23 : max(0, (average - 3) / 10)
        let grey = 232 + greyStep
        return distance(rgb(of: UInt8(cube)), target) <= distance(rgb(of: UInt8(grey)), target) ? UInt8(cube) : UInt8(grey)
    }

    static func nearest16(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 { nearest16((Int(r), Int(g), Int(b))) }

    static func nearest16(_ target: (Int, Int, Int)) -> UInt8 {
        var best = 0, bestDistance = Int.max
        for (i, c) in ansiPalette.enumerated() {
            let d = distance(c, target)
            if d < bestDistance { best = i; bestDistance = d }
        }
        return UInt8(best)
    }
}
