/// The default theme compiled into the binary. It must stay equal to `themes/default.toml`
/// (a test compares them); edit the file, then paste it here.
enum BuiltinThemes {
    static let defaultTOML = #"""
# Casebook default theme: dark, calm, and exact on 256-colour terminals
# (every colour below is a point of the xterm-256 palette, so nothing shifts when degraded).
# Copy this file to ~/.config/casebook/themes/NAME.toml to make your own; roles you leave
# out are drawn in the terminal's own colours, or taken from `inherits`.

"background" = { fg = "fg", bg = "bg" }
"text" = { fg = "fg" }
"muted" = { fg = "fg_muted" }
"accent" = { fg = "accent", modifiers = ["bold"] }
"selection" = { fg = "fg_bright", bg = "bg_selection" }
"border" = { fg = "border" }
"border.focused" = { fg = "accent" }
"title" = { fg = "accent", modifiers = ["bold"] }
"status" = { fg = "fg", bg = "bg_panel" }
"status.accent" = { fg = "bg", bg = "accent", modifiers = ["bold"] }
"error" = { fg = "red", modifiers = ["bold"] }
"warning" = { fg = "yellow" }
"success" = { fg = "green" }
"highlight" = { fg = "bg", bg = "yellow" }
"cursor" = { fg = "bg", bg = "fg", modifiers = ["reverse"] }

"tag.theme" = "blue"
"tag.defense" = "orange"
"tag.transference" = "purple"
"tag.countertransference" = "pink"
"tag.affect" = "red"
"tag.ccrt_wish" = "cyan"
"tag.ccrt_ro" = "teal"
"tag.ccrt_rs" = "green"
"tag.dream" = "lavender"
"tag.memory" = "sand"
"tag.unknown" = { fg = "fg_muted", modifiers = ["italic"] }

"intensity.0" = { fg = "fg_muted" }
"intensity.1" = { fg = "fg", bg = "heat1" }
"intensity.2" = { fg = "fg_bright", bg = "heat2" }
"intensity.3" = { fg = "bg", bg = "heat3", modifiers = ["bold"] }

"chart.odf" = { fg = "accent", modifiers = ["bold"] }

[palette]
bg = "#1c1c1c"
bg_panel = "#303030"
bg_selection = "#3a3a3a"
border = "#585858"
fg = "#d0d0d0"
fg_bright = "#eeeeee"
fg_muted = "#8a8a8a"
accent = "#5fafd7"
red = "#d75f5f"
orange = "#d7875f"
yellow = "#d7d787"
green = "#87af87"
blue = "#5f87d7"
purple = "#af87d7"
pink = "#d787af"
cyan = "#5fafaf"
teal = "#87afaf"
lavender = "#afafd7"
sand = "#d7af87"
heat1 = "#005f5f"
heat2 = "#008787"
heat3 = "#00afaf"

"""#
}
