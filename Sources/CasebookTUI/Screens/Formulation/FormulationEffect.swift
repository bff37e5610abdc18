import CasebookCore

/// The store work of the Formulation tab.
public enum FormulationEffect: Sendable, Equatable {
    /// Saves the whole formulation; the store keeps what it replaces as a revision.
    case save(Formulation)
    /// Saves a restored version: the text it replaces is always kept as a revision.
    case saveRestored(Formulation)
    case loadHistory(clientID: Int64, field: FormulationField)
}
