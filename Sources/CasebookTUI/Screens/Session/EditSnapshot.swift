import TerminalKit

/// What the editor looked like before a key, to tell what the key changed.
struct EditSnapshot {
    var revision: Int
    var lineCount: Int
    var cursorLine: Int
    var scalarCount: Int
    var hadSelection: Bool

    init(_ editor: TextEditorState) {
        revision = editor.revision
        lineCount = editor.lineCount
        cursorLine = editor.cursor.line
        scalarCount = editor.scalarCount
        hadSelection = editor.selectionAnchor != nil
    }
}
