import TerminalKit

/// The editing keys of the casework tabs' multi-line fields (formulation, episode narrative):
/// arrows with Shift to select, Ctrl/Alt for words, typing, Enter, deletions, undo (Alt-U) and
/// redo (Ctrl-Y). Returns false for keys that are not editing keys, so the screen can use them.
enum CaseworkEditorKeys {
    static let pageRows = 10

    @discardableResult
    static func apply(_ event: KeyEvent, to editor: inout TextEditorState, enterInsertsNewline: Bool = true) -> Bool {
        let mods = event.modifiers
        let word = mods.contains(.ctrl) || mods.contains(.alt)
        func move(_ body: (inout TextEditorState) -> Void) -> Bool {
            if mods.contains(.shift) { editor.startSelection() } else { editor.clearSelection() }
            body(&editor)
            return true
        }
        switch event.key {
        case .left: return move { word ? $0.moveWordLeft() : $0.moveLeft() }
        case .right: return move { word ? $0.moveWordRight() : $0.moveRight() }
        case .up: return move { $0.moveUp() }
        case .down: return move { $0.moveDown() }
        case .home: return move { word ? $0.moveToDocumentStart() : $0.moveToLineStart() }
        case .end: return move { word ? $0.moveToDocumentEnd() : $0.moveToLineEnd() }
        case .pageUp: return move { $0.pageUp(height: pageRows) }
        case .pageDown: return move { $0.pageDown(height: pageRows) }
        case .character(let text) where mods.isEmpty || mods == .shift: editor.insert(text)
        case .character("w") where mods == .ctrl: editor.deleteWordBackward()
        case .character("u") where mods == .alt: _ = editor.undo()
        case .character("y") where mods == .ctrl: _ = editor.redo()
        case .enter where enterInsertsNewline: editor.insertNewline()
        case .backspace: word ? editor.deleteWordBackward() : editor.deleteBackward()
        case .delete: editor.deleteForward()
        default: return false
        }
        return true
    }
}
