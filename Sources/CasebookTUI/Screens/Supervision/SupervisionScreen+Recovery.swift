import CasebookCore

extension SupervisionScreen {
    static func unsavedDrafts(_ state: SupervisionState) -> [RecoveryDraft] {
        guard state.hasUnsavedQuestions else { return [] }
        return [RecoveryDraft(title: "\(state.clientCode) · questions for supervision", text: state.draftQuestions)]
    }
}
