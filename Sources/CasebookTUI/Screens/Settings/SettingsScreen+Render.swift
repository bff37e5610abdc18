import TerminalKit

extension SettingsScreen {
    public static func render(_ state: SettingsState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        let base = theme.style(for: .background)
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: base))
        guard area.width >= 4, area.height >= 1 else { return nil }
        let text = base.patched(with: theme.style(for: .text))
        let muted = base.patched(with: theme.style(for: .muted))
        let x = area.x + 1
        let width = area.width - 2
        var y = area.y
        var cursor: Position?

        func put(_ string: String, _ style: Style, at column: Int = 0) {
            guard y < area.bottom, column < width else { return }
            _ = buffer.setString(x: x + column, y: y, Truncation.truncate(string, toWidth: width - column), style: style, maxWidth: width - column)
        }

        put(state.hasUnsavedChanges ? "Settings  (unsaved changes)" : "Settings", base.patched(with: theme.style(for: .title)))
        y += 1
        // The file's problems are wrapped, not cut: the path and line are what the user needs.
        let errorLines = state.loadErrors.flatMap { error in
            let text = error.description
            return WordWrap.lines(of: text, width: width).map { String(text[$0.range]) }
        }
        for line in errorLines.prefix(max(0, area.height - 9)) {
            put(line, base.patched(with: theme.style(for: .error)))
            y += 1
        }
        y += 1
        let labelWidth = 18
        for row in SettingsRow.allCases {
            guard y < area.bottom else { break }
            let selected = row == state.row && state.themeChoice == nil && state.passphraseStep == nil
            let rowStyle = selected ? base.patched(with: theme.style(for: .selection)) : text
            if selected { buffer.fill(area: Rect(x: x, y: y, width: width, height: 1), cell: Cell(grapheme: " ", width: 1, style: rowStyle)) }
            switch row {
            case .save:
                put("[ Save ]", rowStyle)
            default:
                put(label(row), rowStyle)
                if row == .idleLock, var field = state.idleField {
                    let fieldArea = Rect(x: x + labelWidth, y: y, width: max(0, min(8, width - labelWidth)), height: 1)
                    TextInput(style: base.patched(with: theme.style(for: .accent)), cursorStyle: theme.style(for: .cursor))
                        .render(in: fieldArea, buffer: &buffer, state: &field)
                    cursor = field.cursorPosition
                    put("minutes (0 = off, up to 240)", muted, at: labelWidth + 9)
                } else {
                    put(value(row, state), rowStyle, at: labelWidth)
                }
            }
            y += 1
            if row == .theme, let choice = state.themeChoice {
                let visible = max(1, min(state.themes.count, area.bottom - y - 3))
                let first = min(max(0, choice - visible + 1), max(0, state.themes.count - visible))
                for index in first..<min(state.themes.count, first + visible) where y < area.bottom {
                    let style = index == choice ? base.patched(with: theme.style(for: .selection)) : text
                    put((index == choice ? "› " : "  ") + state.themes[index], style, at: labelWidth)
                    y += 1
                }
            }
        }
        y += 1
        if let step = state.passphraseStep, y < area.bottom {
            put(step.prompt, text)
            if let field = step.field {
                var masked = TextInputState(text: String(repeating: "•", count: field.graphemes.count))
                masked.setCursor(field.cursor)
                let column = displayWidth(of: step.prompt)
                let fieldArea = Rect(x: x + column, y: y, width: max(0, min(24, width - column)), height: 1)
                TextInput(style: base.patched(with: theme.style(for: .accent)), cursorStyle: theme.style(for: .cursor))
                    .render(in: fieldArea, buffer: &buffer, state: &masked)
                cursor = masked.cursorPosition
            }
            y += 1
        }
        if let message = state.message, y < area.bottom {
            let role: ThemeRole = message.hasPrefix("Saved") || message.contains("save to keep") ? .success : .warning
            put(message, base.patched(with: theme.style(for: role)))
        }
        return cursor
    }

    static func label(_ row: SettingsRow) -> String {
        switch row {
        case .idleLock: return "Idle lock"
        case .codeOnly: return "Code-only mode"
        case .theme: return "Theme"
        case .passphrase: return "Lock passphrase"
        case .save: return "Save"
        }
    }

    static func value(_ row: SettingsRow, _ state: SettingsState) -> String {
        switch row {
        case .idleLock:
            let minutes = state.draft.idleLockMinutes
            return minutes == 0 ? "off" : minutes == 1 ? "after 1 minute" : "after \(minutes) minutes"
        case .codeOnly: return state.draft.codeOnly ? "on (client codes, never names)" : "off"
        case .theme: return state.draft.theme ?? "default"
        case .passphrase: return state.draft.passphraseHash == nil ? "not set (any key unlocks)" : "set"
        case .save: return ""
        }
    }
}
