import Foundation
import TerminalKit

extension LockScreen {
    /// Draws only the title, the clock and the prompt, centred; `codeOnly` changes nothing here
    /// because nothing about clients is ever shown.
    public static func render(_ state: LockState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        let base = theme.style(for: .background)
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: base))
        guard !area.isEmpty else { return nil }
        var lines: [(String, ThemeRole)] = [("Casebook — locked", .title), (clock(state), .muted), ("", .text)]
        let promptRow: Int?
        if state.passphraseHash == nil {
            lines.append(("press any key", .text))
            promptRow = nil
        } else {
            promptRow = lines.count
            lines.append(("", .text))
            lines.append((state.isVerifying ? "checking…" : state.message.map { message in
                state.secondsToWait > 0 && message == "Wrong passphrase" ? "\(message) — wait \(state.secondsToWait) s" : message
            } ?? "", state.message == nil ? .muted : .error))
        }
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (offset, (text, role)) in lines.enumerated() where top + offset < area.bottom {
            let shown = Truncation.truncate(text, toWidth: area.width)
            let x = area.x + max(0, (area.width - displayWidth(of: shown)) / 2)
            _ = buffer.setString(x: x, y: top + offset, shown, style: base.patched(with: theme.style(for: role)), maxWidth: area.right - x)
        }
        guard let promptRow, top + promptRow < area.bottom else { return nil }
        let label = "passphrase: "
        let fieldWidth = min(24, max(1, area.width - displayWidth(of: label)))
        let total = displayWidth(of: label) + fieldWidth
        let x = area.x + max(0, (area.width - total) / 2)
        let y = top + promptRow
        let labelWidth = buffer.setString(x: x, y: y, label, style: base.patched(with: theme.style(for: .text)), maxWidth: area.right - x)
        // Mask per grapheme so the length typed is visible but not the text.
        var masked = TextInputState(text: String(repeating: "•", count: state.field.graphemes.count))
        masked.setCursor(state.field.cursor)
        let fieldArea = Rect(x: x + labelWidth, y: y, width: max(0, min(fieldWidth, area.right - x - labelWidth)), height: 1)
        TextInput(style: base.patched(with: theme.style(for: .accent)), cursorStyle: theme.style(for: .cursor))
            .render(in: fieldArea, buffer: &buffer, state: &masked)
        return masked.cursorPosition
    }

    static func clock(_ state: LockState) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = state.timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: state.now)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
