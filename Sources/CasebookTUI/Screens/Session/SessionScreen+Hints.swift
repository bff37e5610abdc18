import TerminalKit

extension SessionScreen {
    /// The keys that work right now, for the hint bar and help.
    public static func keyHints(_ state: SessionScreenState) -> [(key: String, label: String)] {
        switch state.overlay {
        case .previousSession?: return [("Esc", "close")]
        case .confirmSign?, .confirmRemove?: return [("y", "confirm"), ("Esc", "cancel")]
        case .pickTag?: return [("type", "filter"), ("↑↓", "choose"), ("Enter", "pick"), ("Esc", "cancel")]
        case .pickIntensity?: return [("1", "tentative"), ("2", "clear"), ("3", "strong"), ("Esc", "cancel")]
        case .enterEvidence?: return [("Enter", "add"), ("Esc", "cancel")]
        case .editObservation?: return [("Tab", "next field"), ("Enter", "save"), ("Esc", "cancel")]
        case .amendment?: return [("Ctrl-S", "save amendment"), ("Ctrl-X", "discard"), ("Esc", "leave if empty")]
        case nil: break
        }
        let signOrAmend: (key: String, label: String) = state.isSigned ? ("A", "amend") : ("S", "sign")
        switch state.focus {
        case .editor:
            if state.completion != nil { return [("Enter/Tab", "insert tag"), ("↑↓", "choose"), ("Esc", "dismiss")] }
            return [("Esc", "commands"), ("Tab", "observations"), ("Ctrl-T", "process/record"), ("#", "tag"), ("Ctrl-S", "save")]
        case .commands:
            return [("i", "write"), ("Tab", "observations"), ("t", "layer"), ("a", "add observation"), ("p", "previous"),
                    signOrAmend, ("q", "close")]
        case .observations:
            return [("j/k", "move"), ("a", "add"), ("e", "edit"), ("d", "remove"), ("1-3", "intensity"),
                    ("Tab", "note"), ("Esc", "back")]
        }
    }

    /// Every session action, for the command palette. `perform` runs one by name.
    public static var actions: [(name: String, key: String)] {
        [
            ("Toggle process/record note", "Ctrl-T"),
            ("Save the note now", "Ctrl-S"),
            ("Add an observation", "a"),
            ("Show the previous session", "p"),
            ("Sign the session", "S"),
            ("Amend the signed note", "A"),
            ("Focus the observations pane", "Tab"),
            ("Write in the note", "i"),
            ("Close the session", "q"),
        ]
    }

    /// Runs a palette action by the name `actions` gives it, as its key would in command mode.
    public static func perform(_ state: inout SessionScreenState, action name: String) -> [SessionScreenEffect] {
        guard let key = actions.first(where: { $0.name == name })?.key else { return [] }
        state.overlay = nil
        switch key {
        case "Ctrl-T": return toggleLayer(&state)
        case "Ctrl-S": return handleKey(&state, .ctrl("s"))
        case "Tab":
            state.focus = .observations
            return []
        default:
            if state.focus == .editor { state.focus = .commands }
            return commandKey(&state, .char(key))
        }
    }
}
