/// One reversible edit: at `start`, `removed` was replaced by `inserted`.
struct EditRecord: Sendable {
    enum Kind: Sendable { case typing, deleteBackward, deleteForward, other }
    var kind: Kind
    var start: ScalarPoint
    var removed: String
    var inserted: String
    var cursorBefore: ScalarPoint
    var cursorAfter: ScalarPoint
    /// A sealed record takes no more keystrokes: the user moved, undid, or finished a word.
    var sealed = false
}
