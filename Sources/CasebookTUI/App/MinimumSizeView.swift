import TerminalKit

/// Shown instead of any screen when the terminal is smaller than 60×16: what the size is, what
/// it needs to be. Nothing of the work is drawn, and the state is untouched.
public enum MinimumSizeView {
    public static func render(size: Size, in area: Rect, buffer: inout Buffer, theme: Theme) {
        let min = AppState.minimumSize
        let lines = [
            "Terminal too small: \(size.width)×\(size.height)",
            "Casebook needs at least \(min.width)×\(min.height).",
            "Please make the window larger.",
        ]
        let style = theme.style(for: .background).patched(with: theme.style(for: .warning))
        let top = area.y + Swift.max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let text = Truncation.truncate(line, toWidth: area.width)
            let x = area.x + Swift.max(0, (area.width - displayWidth(of: text)) / 2)
            buffer.setString(x: x, y: top + i, text, style: style)
        }
    }
}
