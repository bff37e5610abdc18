import CasebookCore

/// The store work of the Figures tab; each reloads the list afterwards.
public enum FiguresEffect: Sendable, Equatable {
    case add(clientID: Int64, role: String, name: String)
    case update(Figure)
    case remove(clientID: Int64, figureID: Int64)
}
