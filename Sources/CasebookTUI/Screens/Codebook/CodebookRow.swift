import CasebookCore

/// One row of the codes table: a DMRS level header among defenses, or a code (themes indented
/// under their parent).
public enum CodebookRow: Sendable, Equatable {
    /// Nil for defenses without a level.
    case level(Int?)
    case code(TagUsage, depth: Int)

    public var usage: TagUsage? {
        if case .code(let usage, _) = self { return usage }
        return nil
    }
}
