import TerminalKit

extension AppUpdate {
    static func helpKey(_ state: inout AppState, _ help: inout HelpState, _ key: KeyEvent) -> [Effect] {
        // As many rows as the box shows at this size, so the last key stops at the last line.
        let visible = max(1, min(ScreenGeometry.body(state.size).height - 2, help.lineCount + 2) - 2)
        switch Keymap.action(for: key, in: .help) {
        case .moveDown?: help.scroll = min(help.scroll + 1, max(0, help.lineCount - visible))
        case .moveUp?: help.scroll = max(0, help.scroll - 1)
        case .back?:
            state.overlay = nil
            return []
        default:
            break
        }
        state.overlay = .help(help)
        return []
    }

    static func paletteKey(_ state: inout AppState, _ palette: inout PaletteState, _ key: KeyEvent) -> [Effect] {
        switch Keymap.action(for: key, in: .palette) {
        case .moveDown?:
            palette.picker.selectNext()
        case .moveUp?:
            palette.picker.selectPrevious()
        case .back?:
            state.overlay = nil
            return []
        case .confirm?:
            state.overlay = nil
            guard let entry = palette.selected else { return [] }
            switch entry.command {
            case let .action(action):
                return perform(action, &state)
            case let .key(event):
                return self.key(&state, event)
            case let .sessionAction(name):
                guard case var .session(screen)? = state.stack.last else { return [] }
                let asked = SessionScreen.perform(&screen, action: name)
                state.stack[state.stack.count - 1] = .session(screen)
                var effects: [Effect] = []
                for effect in asked {
                    if case .close = effect {
                        return effects + closeSession(&state, clientID: screen.session.clientID, sessionID: screen.session.id)
                    }
                    effects.append(.session(effect))
                }
                return effects
            }
        default:
            editQuery(&palette.picker, key)
        }
        state.overlay = .palette(palette)
        return []
    }

    /// Typing in the inline filter: the list narrows with every key; Enter keeps the filter and
    /// gives the keys back to the list, Esc clears it.
    static func filterKey(_ state: inout AppState, _ key: KeyEvent) -> [Effect] {
        switch key.key {
        case .enter:
            state.clients.isFiltering = false
        case .escape:
            return perform(.clearFilter, &state)
        case .down, .up:
            return perform(key.key == .down ? .moveDown : .moveUp, &state)
        default:
            guard edit(&state.clients.filter, key) else { return [] }
            state.clients.refresh(codeOnly: state.codeOnly)
            keepSelectionsVisible(&state)
        }
        return []
    }

    /// Line editing of the palette's query, with the same keys as every other field.
    static func editQuery(_ picker: inout FuzzyPickerState, _ key: KeyEvent) {
        switch (key.key, key.modifiers.contains(.ctrl) || key.modifiers.contains(.alt)) {
        case let (.character(text), false): picker.insert(text)
        case (.character("w"), true): picker.deleteWordBackward()
        case (.character("u"), true): picker.setQuery("")
        case (.character("a"), true), (.home, _): picker.moveQueryCursorToStart()
        case (.character("e"), true), (.end, _): picker.moveQueryCursorToEnd()
        case (.backspace, _): picker.deleteBackward()
        case (.delete, _): picker.deleteForward()
        case (.left, _): picker.moveQueryCursorLeft()
        case (.right, _): picker.moveQueryCursorRight()
        default: break
        }
    }

    /// Line editing shared by every one-line field. Returns whether the text changed.
    static func edit(_ input: inout TextInputState, _ key: KeyEvent) -> Bool {
        let before = input.text
        switch (key.key, key.modifiers.contains(.ctrl) || key.modifiers.contains(.alt)) {
        case let (.character(text), false):
            input.insert(text)
        case (.character("w"), true):
            input.deleteWordBackward()
        case (.character("u"), true):
            input.moveHome()
            input.deleteToEnd()
        case (.character("k"), true):
            input.deleteToEnd()
        case (.character("a"), true):
            input.moveHome()
        case (.character("e"), true):
            input.moveEnd()
        case (.backspace, _):
            input.deleteBackward()
        case (.delete, _):
            input.deleteForward()
        case (.left, _):
            input.moveLeft()
        case (.right, _):
            input.moveRight()
        case (.home, _):
            input.moveHome()
        case (.end, _):
            input.moveEnd()
        default:
            break
        }
        return input.text != before
    }
}
