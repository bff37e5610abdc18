import TOMLKit

/// One theme file as written, before its parents are merged and its names resolved. Kept raw
/// because a child's `[palette]` must recolour roles its parent defined with palette names.
struct ThemeFile: Hashable, Sendable {
    /// A value as written, with the line it was found on (when it could be located).
    struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
        var value: Value
        var line: Int?
    }

    enum ColorSpec: Hashable, Sendable {
        case text(String)
        case index(Int)
    }

    struct RoleSpec: Hashable, Sendable {
        var fg: ColorSpec?
        var bg: ColorSpec?
        var modifiers: [String] = []
    }

    var file: String
    var inherits: String?
    var palette: [String: Located<ColorSpec>] = [:]
    var roles: [ThemeRole: Located<RoleSpec>] = [:]

    static let styleKeys: Set<String> = ["fg", "bg", "modifiers"]

    static func parse(_ text: String, file: String) -> (file: ThemeFile, errors: [ThemeError]) {
        var result = ThemeFile(file: file)
        var errors: [ThemeError] = []
        if let bad = TableHeaderScreen.firstProblem(in: text) {
            errors.append(ThemeError(file: file, line: bad.line, problem: .syntax("\(bad.message) (column \(bad.column))")))
            return (result, errors)
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let where_ = error.source.begin
            errors.append(ThemeError(file: file, line: where_.line, problem: .syntax("\(error.description) (column \(where_.column))")))
            return (result, errors)
        } catch {
            errors.append(ThemeError(file: file, problem: .syntax("\(error)")))
            return (result, errors)
        }
        let lines = LineFinder(text: text)

        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            switch key {
            case "inherits":
                if let name = value.string { result.inherits = name } else {
                    errors.append(ThemeError(file: file, line: lines.line(of: key), key: key, problem: .badValue("inherits must be a theme name in quotes")))
                }
            case "palette":
                guard let palette = value.table else {
                    errors.append(ThemeError(file: file, line: lines.line(of: key), key: key, problem: .badValue("[palette] must be a table of name = colour")))
                    continue
                }
                for name in palette.keys.sorted() {
                    let line = lines.line(of: name)
                    if let spec = colorSpec(palette[name]) {
                        result.palette[name] = Located(value: spec, line: line)
                    } else {
                        errors.append(ThemeError(file: file, line: line, key: "palette.\(name)", problem: .badColor("\(palette[name].map { "\($0)" } ?? "")")))
                    }
                }
            default:
                collectRoles(key: key, value: value, into: &result, errors: &errors, lines: lines)
            }
        }
        return (result, errors)
    }

    /// Roles may be written `"tag.theme" = …`, `tag.theme = …` or under a `[tag]` table;
    /// all three mean the same role, so nested tables that are not styles are flattened.
    private static func collectRoles(key: String, value: any TOMLValueConvertible, into result: inout ThemeFile, errors: inout [ThemeError], lines: LineFinder) {
        let last = String(key.split(separator: ".").last ?? Substring(key))
        let line = lines.line(of: last)
        if let table = value.table, !table.keys.isEmpty, !Set(table.keys).isSubset(of: styleKeys) {
            for sub in table.keys.sorted() {
                if let subValue = table[sub] {
                    collectRoles(key: key + "." + sub, value: subValue, into: &result, errors: &errors, lines: lines)
                }
            }
            return
        }
        guard let role = ThemeRole(rawValue: key) else {
            errors.append(ThemeError(file: result.file, line: line, key: key, problem: .unknownRole))
            return
        }
        if let table = value.table {
            var spec = RoleSpec()
            for sub in ["fg", "bg"] {
                guard let raw = table[sub] else { continue }
                guard let color = colorSpec(raw) else {
                    errors.append(ThemeError(file: result.file, line: line, key: key + "." + sub, problem: .badColor("\(raw)")))
                    continue
                }
                if sub == "fg" { spec.fg = color } else { spec.bg = color }
            }
            if let mods = table["modifiers"] {
                if let array = mods.array {
                    for item in array {
                        if let name = item.string { spec.modifiers.append(name) } else {
                            errors.append(ThemeError(file: result.file, line: line, key: key + ".modifiers", problem: .unknownModifier("\(item)")))
                        }
                    }
                } else {
                    errors.append(ThemeError(file: result.file, line: line, key: key + ".modifiers", problem: .badValue("modifiers must be a list such as [\"bold\", \"italic\"]")))
                }
            }
            result.roles[role] = Located(value: spec, line: line)
        } else if let color = colorSpec(value) {
            result.roles[role] = Located(value: RoleSpec(fg: color), line: line)
        } else {
            errors.append(ThemeError(file: result.file, line: line, key: key, problem: .badColor("\(value)")))
        }
    }

    private static func colorSpec(_ value: (any TOMLValueConvertible)?) -> ColorSpec? {
        guard let value else { return nil }
        if let s = value.string { return .text(s) }
        if let i = value.int { return .index(i) }
        return nil
    }
}

/// Finds the line a key was written on, since the TOML library reports positions only for
/// syntax errors. The first line whose key part names it wins; good enough to point a user
/// at the right place.
private struct LineFinder {
    let keyLines: [(key: String, line: Int)]

    init(text: String) {
        var found: [(String, Int)] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces
            guard !line.hasPrefix("#"), !line.hasPrefix("[") else {
                if line.hasPrefix("[") { found.append((String(line.filter { $0 != "[" && $0 != "]" && $0 != "\"" }), n + 1)) }
                continue
            }
            guard let eq = line.firstIndex(of: "=") else { continue }
            let key = line[..<eq].trimmingSpaces.filter { $0 != "\"" && $0 != "'" }
            found.append((String(key), n + 1))
        }
        keyLines = found
    }

    func line(of key: String) -> Int? {
        keyLines.first { $0.key == key || $0.key.hasSuffix("." + key) }?.line
    }
}

private extension StringProtocol {
    var trimmingSpaces: Substring {
        let s = self[...]
        // A line of only a carriage return has a start but no end (found by Fuzz/run theme-file).
        guard let start = s.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let end = s.lastIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" }), start <= end else { return "" }
        return Substring(s[start...end])
    }
}
