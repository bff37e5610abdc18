/// What a key did to an editor.
enum KeyOutcome {
    case handled
    /// An edit on a read-only (signed) note.
    case refused
    case ignored
}
