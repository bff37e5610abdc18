import TerminalKit

/// Shown instead of any screen when the terminal is smaller than 60×16: what the size is, what
/// it needs to be. Nothing of the work is drawn, and the state is untouched.
public enum MinimumSizeView {
    public static func render(size: Size, in area: Rect, buffer: inout Buffer, theme: Theme) {
        let min = AppState.minimumSize
        let text = "Casebook needs a terminal of at least \(min.width)×\(min.height); this one is "
            + "\(size.width)×\(size.height). Please make the window larger."
        let paragraph = Paragraph(text: text, style: theme.style(for: .background).patched(with: theme.style(for: .warning)))
        let width = Swift.max(1, Swift.min(area.width - 2, 40))
        let rows = paragraph.rowCount(width: width)
        let box = area.centered(Size(width: width, height: rows))
        paragraph.render(in: box, buffer: &buffer)
    }
}
