/// Merges a theme with its parents and turns names into colours.
enum ThemeResolver {
    /// `chain` runs child first, then its parent, and so on. A child's palette entries replace
    /// the parent's, so roles the parent wrote with palette names take the child's colours.
    static func resolve(chain: [ThemeFile], name: String) -> (theme: Theme, errors: [ThemeError]) {
        var palette: [String: (spec: ThemeFile.ColorSpec, file: String, line: Int?)] = [:]
        var roles: [ThemeRole: (spec: ThemeFile.RoleSpec, file: String, line: Int?)] = [:]
        for file in chain.reversed() {
            for (key, entry) in file.palette { palette[key] = (entry.value, file.file, entry.line) }
            for (role, entry) in file.roles { roles[role] = (entry.value, file.file, entry.line) }
        }
        var errors: [ThemeError] = []
        func color(_ spec: ThemeFile.ColorSpec, file: String, line: Int?, key: String, depth: Int = 0) -> Color? {
            switch spec {
            case let .index(i):
                guard (0...255).contains(i) else {
                    errors.append(ThemeError(file: file, line: line, key: key, problem: .badColor(String(i))))
                    return nil
                }
                return .indexed(UInt8(i))
            case let .text(text):
                // Palette names win over colour names, so a palette may redefine "black".
                if depth < 8, let entry = palette[text] {
                    return color(entry.spec, file: entry.file, line: entry.line, key: "palette.\(text)", depth: depth + 1)
                }
                if let c = parseColor(text) { return c }
                let problem: ThemeError.Problem = text.hasPrefix("#") ? .badColor(text) : .unknownPaletteName(text)
                errors.append(ThemeError(file: file, line: line, key: key, problem: problem))
                return nil
            }
        }
        var styles: [ThemeRole: Style] = [:]
        for role in ThemeRole.allCases {
            guard let entry = roles[role] else { continue }
            var style = Style()
            if let fg = entry.spec.fg { style.foreground = color(fg, file: entry.file, line: entry.line, key: role.rawValue) ?? .default }
            if let bg = entry.spec.bg { style.background = color(bg, file: entry.file, line: entry.line, key: role.rawValue) ?? .default }
            for name in entry.spec.modifiers {
                if let m = modifier(named: name) { style.modifiers.insert(m) } else {
                    errors.append(ThemeError(file: entry.file, line: entry.line, key: role.rawValue + ".modifiers", problem: .unknownModifier(name)))
                }
            }
            styles[role] = style
        }
        return (Theme(name: name, styles: styles), errors)
    }

    static func modifier(named name: String) -> Modifiers? {
        switch name.lowercased() {
        case "bold": return .bold
        case "italic": return .italic
        case "underline", "underlined": return .underline
        case "reverse", "reversed": return .reverse
        case "dim": return .dim
        default: return nil
        }
    }

    private static let namedColors: [String: Color] = {
        let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan"]
        var table: [String: Color] = ["default": .default, "reset": .default, "white": .indexed(7), "light-gray": .indexed(7),
                                      "gray": .indexed(8), "grey": .indexed(8), "bright-black": .indexed(8), "bright-white": .indexed(15)]
        for (i, name) in names.enumerated() {
            table[name] = .indexed(UInt8(i))
            if i > 0 {
                table["bright-" + name] = .indexed(UInt8(i + 8))
                table["light-" + name] = .indexed(UInt8(i + 8))
            }
        }
        return table
    }()

    /// `#rrggbb`, a terminal colour name, or a decimal index 0–255; nil for anything else.
    static func parseColor(_ text: String) -> Color? {
        if text.hasPrefix("#") {
            let hex = text.dropFirst()
            guard hex.count == 6, let v = UInt32(hex, radix: 16) else { return nil }
            return .rgb(UInt8(v >> 16 & 0xff), UInt8(v >> 8 & 0xff), UInt8(v & 0xff))
        }
        if let c = namedColors[text.lowercased()] { return c }
        if let i = Int(text), (0...255).contains(i) { return .indexed(UInt8(i)) }
        return nil
    }
}
