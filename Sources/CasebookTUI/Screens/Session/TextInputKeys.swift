import TerminalKit

/// The keys of a one-line field in the session dialogs.
enum TextInputKeys {
    @discardableResult
    static func apply(_ event: KeyEvent, to input: inout TextInputState) -> Bool {
        let mods = event.modifiers
        switch event.key {
        case .character("w") where mods == .ctrl: input.deleteWordBackward()
        case .character("k") where mods == .ctrl: input.deleteToEnd()
        case .character("a") where mods == .ctrl: input.moveHome()
        case .character("e") where mods == .ctrl: input.moveEnd()
        case .character(let text) where mods.isEmpty || mods == .shift: input.insert(text)
        case .backspace: input.deleteBackward()
        case .delete: input.deleteForward()
        case .left: mods.contains(.ctrl) || mods.contains(.alt) ? input.moveWordLeft() : input.moveLeft()
        case .right: mods.contains(.ctrl) || mods.contains(.alt) ? input.moveWordRight() : input.moveRight()
        case .home: input.moveHome()
        case .end: input.moveEnd()
        default: return false
        }
        return true
    }
}
