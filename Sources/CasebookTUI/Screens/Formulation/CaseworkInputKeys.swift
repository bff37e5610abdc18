import TerminalKit

/// The editing keys of a one-line field in the casework forms; false for keys it leaves alone.
enum CaseworkInputKeys {
    @discardableResult
    static func apply(_ event: KeyEvent, to input: inout TextInputState) -> Bool {
        let mods = event.modifiers
        let word = mods.contains(.ctrl) || mods.contains(.alt)
        switch event.key {
        case .character("w") where mods == .ctrl: input.deleteWordBackward()
        case .character("k") where mods == .ctrl: input.deleteToEnd()
        case .character("a") where mods == .ctrl: input.moveHome()
        case .character("e") where mods == .ctrl: input.moveEnd()
        case .character(let text) where mods.isEmpty || mods == .shift: input.insert(text)
        case .backspace: input.deleteBackward()
        case .delete: input.deleteForward()
        case .left: word ? input.moveWordLeft() : input.moveLeft()
        case .right: word ? input.moveWordRight() : input.moveRight()
        case .home: input.moveHome()
        case .end: input.moveEnd()
        default: return false
        }
        return true
    }

    /// Pasted text for a one-line field: line breaks become spaces so nothing pasted is dropped.
    static func paste(_ text: String, into input: inout TextInputState) {
        input.insert(text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " "))
    }
}
