/// The box that stands between a quit and text the database does not hold. The texts
/// themselves are read live from the state, so a save that succeeds meanwhile drops out.
public struct QuitGuardState: Hashable, Sendable {
    /// Set once the recovery file is written: the box shows where, and any key quits.
    public var writtenPath: String?
    /// Set when no recovery file could be written: the box says why and stays.
    public var writeError: String?

    public init(writtenPath: String? = nil, writeError: String? = nil) {
        self.writtenPath = writtenPath
        self.writeError = writeError
    }
}
