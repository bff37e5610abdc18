/// What is wrong in a theme file, where, and what to do about it.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Problem: Hashable, Sendable {
        case syntax(String)
        case unreadable(String)
        case unknownRole
        case badColor(String)
        case unknownPaletteName(String)
        case unknownModifier(String)
        case badValue(String)
        case inheritsCycle([String])
        case missingParent(String)
        case unknownTheme(String)
    }

    public var file: String
    public var line: Int?
    public var key: String?
    public var problem: Problem

    public init(file: String, line: Int? = nil, key: String? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        let what: String
        switch problem {
        case let .syntax(message): what = "TOML syntax error: \(message)"
        case let .unreadable(reason): what = "cannot read the file: \(reason)"
        case .unknownRole:
            what = "unknown role; known roles are \(ThemeRole.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .badColor(value):
            what = "bad colour \"\(value)\"; use #rrggbb, a colour name (red, bright-blue…), 0–255 or a [palette] name"
        case let .unknownPaletteName(name): what = "unknown palette name \"\(name)\"; define it under [palette] or use #rrggbb"
        case let .unknownModifier(name): what = "unknown modifier \"\(name)\"; use bold, italic, underline, reverse or dim"
        case let .badValue(reason): what = reason
        case let .inheritsCycle(names): what = "inherits cycle: \(names.joined(separator: " → "))"
        case let .missingParent(name): what = "inherits \"\(name)\", which was not found"
        case let .unknownTheme(name): what = "no theme named \"\(name)\"; run `casebook themes` to list them"
        }
        if let key { return "\(place): key \"\(key)\": \(what)" }
        return "\(place): \(what)"
    }
}
