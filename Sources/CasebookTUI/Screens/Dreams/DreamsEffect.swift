/// The store work of the Dreams tab.
public enum DreamsEffect: Sendable, Equatable {
    case reload(clientID: Int64)
}
