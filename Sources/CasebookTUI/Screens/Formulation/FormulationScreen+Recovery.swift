import CasebookCore

extension FormulationScreen {
    /// Each field whose text on screen differs from what the store confirmed.
    static func unsavedDrafts(_ state: FormulationState) -> [RecoveryDraft] {
        guard state.hasUnsavedChanges else { return [] }
        let draft = state.draft
        let client = state.clientCode.isEmpty ? "client #\(state.clientID)" : state.clientCode
        return FormulationField.allCases.compactMap { field in
            let text = field.text(of: draft)
            guard text != state.stored.map(field.text(of:)) ?? "" else { return nil }
            return RecoveryDraft(title: "\(client) · formulation · \(field.title)", text: text)
        }
    }
}
