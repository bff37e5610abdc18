import CasebookCore

extension EpisodesScreen {
    /// The narrative of an episode being added (the scoring is a few keys to redo).
    static func unsavedDrafts(_ state: EpisodesState) -> [RecoveryDraft] {
        guard let draft = state.draft else { return [] }
        let text = draft.narrative.text
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return [] }
        return [RecoveryDraft(title: "client #\(state.clientID) · relationship episode being added · narrative", text: text)]
    }
}
