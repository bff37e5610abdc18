/// Where a key press lands: each screen (and overlay) has its own bindings on top of the global ones.
public enum KeyContext: Hashable, Sendable {
    case global
    case clients
    case client
    case form
    case help
    case palette
    case session
    case component
}
