import TerminalKit

/// The keys of a multi-line editor, shared by the note and the amendment editor: arrows and
/// Shift-arrows, word moves, Home/End, page moves, typing, Enter, deletions, undo and redo.
enum EditorKeys {
    static let pageRows = 10

    /// Keys whose edit stays inside the cursor's line when it does not change the line count
    /// (typing and single deletions), so the inline-tag marks can be updated for that line alone.
    static func editsWithinLine(_ event: KeyEvent) -> Bool {
        switch event.key {
        case .character: return event.modifiers.isEmpty || event.modifiers == .shift
        case .backspace, .delete: return event.modifiers.isEmpty
        default: return false
        }
    }

    static func apply(_ event: KeyEvent, to editor: inout TextEditorState, readOnly: Bool) -> KeyOutcome {
        let mods = event.modifiers
        let shift = mods.contains(.shift)
        let word = mods.contains(.ctrl) || mods.contains(.alt)
        func move(_ body: (inout TextEditorState) -> Void) -> KeyOutcome {
            if shift { editor.startSelection() } else { editor.clearSelection() }
            body(&editor)
            return .handled
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
        default: break
        }
        let edit: ((inout TextEditorState) -> Void)?
        switch event.key {
        case .character(let text) where mods.isEmpty || mods == .shift:
            edit = { $0.insert(text) }
        case .character("w") where mods == .ctrl:
            edit = { $0.deleteWordBackward() }
        case .character("u") where mods == .alt:
            edit = { $0.undo() }
        case .character("e") where mods == .alt, .character("y") where mods == .ctrl:
            edit = { $0.redo() }
        case .enter:
            edit = { $0.insertNewline() }
        case .backspace:
            edit = { word ? $0.deleteWordBackward() : $0.deleteBackward() }
        case .delete:
            edit = { $0.deleteForward() }
        default:
            edit = nil
        }
        guard let edit else { return .ignored }
        if readOnly { return .refused }
        edit(&editor)
        return .handled
    }
}
