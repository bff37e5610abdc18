import CasebookCore

extension SessionScreen {
    /// Shows `layer` with the cursor at a Unicode scalar offset of its note (a search hit),
    /// ready to type there unless the note is signed.
    public static func reveal(_ state: inout SessionScreenState, layer: NoteLayer, scalarOffset: Int) {
        state.layer = layer
        state.overlay = nil
        state.completion = nil
        mutateDraft(&state, layer) { $0.editor.setCursor(scalarOffset: scalarOffset) }
        state.focus = state.isSigned ? .commands : .editor
        syncViewport(&state)
    }
}
