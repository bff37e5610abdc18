import TerminalKit

/// What a key did to a fuzzy picker.
enum PickerOutcome: Equatable {
    case chose(FuzzyPickerItem)
    case cancelled
    case handled
    case ignored
}

/// The keys of the casework fuzzy pickers: typing filters, arrows and Ctrl-N/P move, Enter picks.
enum CaseworkPickerKeys {
    static func apply(_ event: KeyEvent, to picker: inout FuzzyPickerState) -> PickerOutcome {
        let mods = event.modifiers
        switch event.key {
        case .enter: return picker.selectedItem.map(PickerOutcome.chose) ?? .handled
        case .escape: return .cancelled
        case .down: picker.selectNext()
        case .up: picker.selectPrevious()
        case .character("n") where mods == .ctrl: picker.selectNext()
        case .character("p") where mods == .ctrl: picker.selectPrevious()
        case .pageDown: picker.pageDown(height: 8)
        case .pageUp: picker.pageUp(height: 8)
        case .character("w") where mods == .ctrl: picker.deleteWordBackward()
        case .character(let text) where mods.isEmpty || mods == .shift: picker.insert(text)
        case .backspace: picker.deleteBackward()
        case .delete: picker.deleteForward()
        case .left: picker.moveQueryCursorLeft()
        case .right: picker.moveQueryCursorRight()
        default: return .ignored
        }
        return .handled
    }
}
