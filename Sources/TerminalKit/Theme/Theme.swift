/// A resolved theme: a style for every role. Roles the theme file leaves out (and its parents
/// do not set) are drawn plain, in the terminal's own colours.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [ThemeRole: Style]

    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    public func style(for role: ThemeRole) -> Style { styles[role] ?? .plain }

    /// The theme compiled into the binary, so the app works with no theme files at all.
    public static let builtinDefault: Theme = {
        let parsed = ThemeFile.parse(BuiltinThemes.defaultTOML, file: "<built-in default>")
        let resolved = ThemeResolver.resolve(chain: [parsed.file], name: "default")
        precondition(parsed.errors.isEmpty && resolved.errors.isEmpty, "built-in default theme is broken")
        return resolved.theme
    }()
}
