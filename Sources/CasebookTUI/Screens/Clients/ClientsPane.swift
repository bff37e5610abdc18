/// The two panes of the Clients screen; Tab moves between them.
public enum ClientsPane: Hashable, Sendable {
    case list
    case preview
}
