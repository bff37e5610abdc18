/// A screen pushed above the Clients list, which is always at the bottom of the stack.
public enum ScreenEntry: Sendable {
    case client(ClientScreenState)
    case form(ClientFormState)
    case session(SessionScreenState)
    /// A hosted screen: Timeline, Search, Codebook, the casework tabs, Settings.
    case component(any HostedScreen)
}
