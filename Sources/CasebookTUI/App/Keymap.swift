import TerminalKit

/// The keys of every screen, as data: update looks actions up here, help and the hint bar list
/// the same entries, so what the screen says is what the keys do.
public enum Keymap {
    private static func c(_ s: String) -> KeyEvent { .char(s) }
    private static func k(_ key: Key) -> KeyEvent { KeyEvent(key) }

    /// Keys that work on every screen, before the screen sees them.
    public static let global: [KeyBinding] = [
        KeyBinding([c("?"), k(.function(1))], "? F1", .help, hint: "help"),
        KeyBinding([c(":"), .ctrl("p")], ": Ctrl-P", .palette, hint: "commands"),
        KeyBinding([k(.function(12)), .ctrl("g")], "F12 Ctrl-G", .privacy, hint: "hide"),
        KeyBinding([.ctrl("z")], "Ctrl-Z", .suspend),
        KeyBinding([.ctrl("q")], "Ctrl-Q", .quit),
        KeyBinding([.ctrl("o")], "Ctrl-O", .toggleCodeOnly),
    ]

    static let listMovement: [KeyBinding] = [
        KeyBinding([c("j"), k(.down)], "j ↓", .moveDown),
        KeyBinding([c("k"), k(.up)], "k ↑", .moveUp),
        KeyBinding([k(.home)], "gg Home", .moveTop),
        KeyBinding([c("G"), k(.end)], "G End", .moveBottom),
        KeyBinding([.ctrl("d")], "Ctrl-D", .halfPageDown),
        KeyBinding([.ctrl("u")], "Ctrl-U", .halfPageUp),
        KeyBinding([k(.pageDown), .ctrl("f")], "PgDn Ctrl-F", .pageDown),
        KeyBinding([k(.pageUp), .ctrl("b")], "PgUp Ctrl-B", .pageUp),
    ]

    public static let clients: [KeyBinding] = listMovement + [
        KeyBinding([k(.enter), c("l"), k(.right)], "Enter l →", .openClient, hint: "open"),
        KeyBinding([c("n")], "n", .newSession, hint: "new session"),
        KeyBinding([c("f")], "f", .filterClients, hint: "filter"),
        KeyBinding([c("/")], "/", .search),
        KeyBinding([c("s")], "s", .sortClients, hint: "sort"),
        KeyBinding([c("a")], "a", .addClient, hint: "add"),
        KeyBinding([c("e")], "e", .editClient, hint: "edit"),
        KeyBinding([c("x")], "x", .closeClient),
        KeyBinding([k(.tab), k(.backTab)], "Tab", .nextPane),
        KeyBinding([k(.escape)], "Esc", .clearFilter),
        KeyBinding([c("q")], "q", .quit, hint: "quit"),
    ]

    public static let client: [KeyBinding] = listMovement + [
        KeyBinding([k(.enter)], "Enter", .openSession, hint: "open"),
        KeyBinding([c("n")], "n", .newSession, hint: "new session"),
        KeyBinding([c("l"), k(.right), k(.tab)], "l → Tab", .nextTab, hint: "tab"),
        KeyBinding([c("h"), k(.left), k(.backTab)], "h ← S-Tab", .previousTab),
        KeyBinding([c("1")], "1", .showTab(.sessions)),
        KeyBinding([c("2")], "2", .showTab(.formulation)),
        KeyBinding([c("3")], "3", .showTab(.figures)),
        KeyBinding([c("4")], "4", .showTab(.episodes)),
        KeyBinding([c("5")], "5", .showTab(.measures)),
        KeyBinding([c("6")], "6", .showTab(.timeline)),
        KeyBinding([c("7")], "7", .showTab(.patterns)),
        KeyBinding([c("8")], "8", .showTab(.dreams)),
        KeyBinding([c("9")], "9", .showTab(.supervision)),
        KeyBinding([c("e")], "e", .editClient, hint: "edit"),
        KeyBinding([c("x")], "x", .closeClient),
        KeyBinding([k(.escape), c("q")], "Esc q", .back, hint: "back"),
    ]

    /// The form handles its own typing; these are the keys that are not text.
    public static let form: [KeyBinding] = [
        KeyBinding([k(.tab), k(.down)], "Tab ↓", .moveDown, hint: "next field"),
        KeyBinding([k(.backTab), k(.up)], "S-Tab ↑", .moveUp),
        KeyBinding([k(.enter), .ctrl("s")], "Enter Ctrl-S", .confirm, hint: "save"),
        KeyBinding([k(.escape)], "Esc", .back, hint: "cancel"),
    ]

    public static let help: [KeyBinding] = [
        KeyBinding([c("j"), k(.down)], "j ↓", .moveDown),
        KeyBinding([c("k"), k(.up)], "k ↑", .moveUp),
        KeyBinding([k(.escape), c("q"), c("?")], "Esc q ?", .back, hint: "close"),
    ]

    public static let palette: [KeyBinding] = [
        KeyBinding([k(.down), .ctrl("n")], "↓ Ctrl-N", .moveDown),
        KeyBinding([k(.up), .ctrl("p")], "↑ Ctrl-P", .moveUp),
        KeyBinding([k(.enter)], "Enter", .confirm, hint: "run"),
        KeyBinding([k(.escape)], "Esc", .back, hint: "close"),
    ]

    public static func bindings(for context: KeyContext) -> [KeyBinding] {
        switch context {
        case .global: return global
        case .clients: return clients
        case .client: return client
        case .form: return form
        case .help: return help
        case .palette: return palette
        case .session: return []
        case .component: return []
        }
    }

    public static func action(for event: KeyEvent, in context: KeyContext) -> Action? {
        bindings(for: context).first { $0.matches(event) }?.action
    }
}
