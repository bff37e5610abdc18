import CasebookCore
import Foundation
import TerminalKit

extension SessionScreen {
    /// Whether `e` should open the note in `$EDITOR`: the note (not the pane or a dialog) has
    /// the keys outside text entry, and the note can still change.
    public static func wantsExternalEditor(_ state: SessionScreenState, key: KeyEvent) -> Bool {
        key == .char("e") && state.focus == .commands && state.overlay == nil && !state.isSigned
    }

    /// The text `$EDITOR` gave back replaces the note as one undoable edit and goes through the
    /// same save path as typing (revisions, inline-tag sync) on the next tick.
    public static func replaceNote(_ state: inout SessionScreenState, layer: NoteLayer, with text: String) {
        guard !state.isSigned else {
            state.message = "Signed: the note is read-only; A adds a dated amendment"
            return
        }
        state.layer = layer
        let before = EditSnapshot(state.draft.editor)
        mutateDraft(&state, layer) { $0.editor.replaceAll(with: text) }
        afterEditorChange(&state, before: before)
        state.message = "Edited in $EDITOR"
    }
}
