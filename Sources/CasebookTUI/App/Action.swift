/// Every named thing the interface can do. Keys, the help screen and the command palette all
/// go through this one list, so a feature reachable by key is also reachable by name.
public enum Action: Hashable, Sendable {
    case help
    case palette
    case privacy
    case suspend
    case quit
    case back
    /// Save a form, run the palette's choice.
    case confirm
    case toggleCodeOnly

    case moveDown, moveUp, moveTop, moveBottom
    case halfPageDown, halfPageUp, pageDown, pageUp
    case nextPane

    case filterClients
    case clearFilter
    case sortClients
    case addClient
    case editClient
    case closeClient
    case openClient
    case newSession

    case nextTab
    case previousTab
    case showTab(ClientTab)
    case openSession
    case search
    case codebook
    case caseload
    case settings
    case lock

    /// The name the palette matches against and help shows.
    public var title: String {
        switch self {
        case .help: return "Help: keys of this screen"
        case .palette: return "Command palette"
        case .privacy: return "Privacy screen (hide everything)"
        case .suspend: return "Suspend to the shell"
        case .quit: return "Quit"
        case .back: return "Back"
        case .confirm: return "Confirm"
        case .toggleCodeOnly: return "Show codes instead of names"
        case .moveDown: return "Down"
        case .moveUp: return "Up"
        case .moveTop: return "First row"
        case .moveBottom: return "Last row"
        case .halfPageDown: return "Half a page down"
        case .halfPageUp: return "Half a page up"
        case .pageDown: return "Page down"
        case .pageUp: return "Page up"
        case .nextPane: return "Next pane"
        case .filterClients: return "Filter clients"
        case .clearFilter: return "Clear the filter"
        case .sortClients: return "Sort clients by the next key"
        case .addClient: return "Add a client"
        case .editClient: return "Edit the client"
        case .closeClient: return "Close the client (end of treatment)"
        case .openClient: return "Open the client"
        case .newSession: return "New session (numbered and dated now)"
        case .nextTab: return "Next tab"
        case .previousTab: return "Previous tab"
        case let .showTab(tab): return "Go to tab: \(tab.title)"
        case .openSession: return "Open the session, or the tab's screen"
        case .search: return "Search all notes and evidence"
        case .codebook: return "Codebook: codes, levels, merge, archive"
        case .caseload: return "Caseload: which themes recur in which clients"
        case .lock: return "Lock the screen now"
        case .settings: return "Settings: idle lock, codes only, theme, passphrase"
        }
    }

    /// Movement keys are listed in help but would only clutter the palette.
    public var isInPalette: Bool {
        switch self {
        case .moveDown, .moveUp, .moveTop, .moveBottom, .halfPageDown, .halfPageUp, .pageDown, .pageUp, .palette, .back, .confirm:
            return false
        default:
            return true
        }
    }
}
