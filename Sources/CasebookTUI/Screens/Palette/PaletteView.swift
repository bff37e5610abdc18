import TerminalKit

/// The command palette: TerminalKit's fuzzy picker near the top of the screen, matched
/// letters highlighted, each action with its key.
public enum PaletteView {
    public static func render(_ palette: PaletteState, size: Size, buffer: inout Buffer, theme: Theme) -> Position? {
        let body = ScreenGeometry.body(size)
        let base = theme.style(for: .background).patched(with: theme.style(for: .text))
        let width = min(body.width - 4, 72)
        let height = min(body.height - 2, max(4, min(palette.matches.count, 14) + 3))
        let box = Rect(x: body.x + (body.width - width) / 2, y: body.y + 1, width: width, height: height)
        var picker = palette.picker
        let cursor = FuzzyPickerView(
            style: base, borderStyle: theme.style(for: .borderFocused), matchStyle: theme.style(for: .accent),
            selectedStyle: theme.style(for: .selection), detailStyle: theme.style(for: .muted), title: "Commands")
            .render(&picker, in: box, buffer: &buffer)
        if palette.matches.isEmpty, box.height > 3 {
            buffer.setString(x: box.x + 1, y: box.y + 2, "No action matches.", style: base.patched(with: theme.style(for: .muted)),
                             maxWidth: box.width - 2)
        }
        return cursor
    }
}
