/// Where keys go on the session screen.
public enum SessionFocus: Hashable, Sendable {
    /// Keys type into the note.
    case editor
    /// The note pane is selected but keys are commands (after Esc), so `q`, `p`, `S` act.
    case commands
    /// The observations pane is selected; keys act on its rows.
    case observations
}
