import Foundation
import TerminalKit

/// The neutral screen behind F12 / Ctrl-G: the word "Casebook" and the time, nothing else, so a
/// glance at the screen reveals no name, code or note.
public enum PrivacyView {
    public static func render(now: Date, timeZone: TimeZone, in area: Rect, buffer: inout Buffer, theme: Theme) {
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .background)))
        guard !area.isEmpty else { return }
        let middle = area.y + area.height / 2
        let title = "Casebook"
        let time = DateText.time(now, timeZone: timeZone)
        let base = theme.style(for: .background)
        buffer.setString(x: area.x + max(0, (area.width - title.count) / 2), y: middle - 1, title,
                         style: base.patched(with: theme.style(for: .muted)))
        buffer.setString(x: area.x + max(0, (area.width - time.count) / 2), y: middle + 1, time,
                         style: base.patched(with: theme.style(for: .muted)))
    }
}
