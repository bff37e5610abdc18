/// What came back from `$EDITOR`.
public enum ExternalEditResult: Sendable, Equatable {
    /// The file was saved with different text (line endings normalised to `\n`).
    case changed(String)
    case unchanged
    /// The note is kept as it was; `message` says why, for the status line.
    case failed(status: Int32, message: String)
}
