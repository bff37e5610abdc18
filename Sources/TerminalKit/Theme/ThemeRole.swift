/// The fixed set of semantic slots a theme fills. Views ask for a role, never a colour, so a
/// theme file can restyle the whole interface. Raw values are the keys used in theme files.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    case background
    case text
    case muted
    case accent
    case selection
    case border
    case borderFocused = "border.focused"
    case title
    case status
    case statusAccent = "status.accent"
    case error
    case warning
    case success
    /// A search match.
    case highlight
    case cursor
    case tagTheme = "tag.theme"
    case tagDefense = "tag.defense"
    case tagTransference = "tag.transference"
    case tagCountertransference = "tag.countertransference"
    case tagAffect = "tag.affect"
    case tagCCRTWish = "tag.ccrt_wish"
    case tagCCRTResponseOfOther = "tag.ccrt_ro"
    case tagCCRTResponseOfSelf = "tag.ccrt_rs"
    case tagDream = "tag.dream"
    case tagMemory = "tag.memory"
    case tagUnknown = "tag.unknown"
    case intensity0 = "intensity.0"
    case intensity1 = "intensity.1"
    case intensity2 = "intensity.2"
    case intensity3 = "intensity.3"
    /// The overall defensive functioning line in charts.
    case chartODF = "chart.odf"

    /// The role for a tag category's raw value (`"theme"`, `"ccrt_wish"`…); unknown ones share
    /// `tag.unknown` so a new category still draws.
    public static func tag(category: String) -> ThemeRole {
        ThemeRole(rawValue: "tag." + category) ?? .tagUnknown
    }

    /// The intensity ramp step for a level, clamped to 0…3.
    public static func intensity(_ level: Int) -> ThemeRole {
        [.intensity0, .intensity1, .intensity2, .intensity3][min(3, max(0, level))]
    }
}
