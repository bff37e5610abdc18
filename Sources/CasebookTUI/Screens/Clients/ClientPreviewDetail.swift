import Foundation

/// What the preview pane shows of the selected client beyond its list row: the codes seen in
/// the most sessions and the first lines of the latest note. Read for that client alone when
/// the selection lands on it (`Effect.loadPreviewDetail`), never for the whole caseload.
public struct ClientPreviewDetail: Hashable, Sendable {
    /// Codes of any category seen in the most sessions, with their session counts.
    public var frequentTags: [TagChip]
    /// The first lines of the latest session's process note (or record note when there is
    /// none), tidied as lists show them.
    public var lastSessionLines: [String]
    /// The session those lines come from.
    public var lastSessionNumber: Int?
    public var lastSessionDate: Date?

    /// How many lines of the latest note the preview shows.
    public static let lineCount = 4

    public init(frequentTags: [TagChip] = [], lastSessionLines: [String] = [], lastSessionNumber: Int? = nil,
                lastSessionDate: Date? = nil) {
        self.frequentTags = frequentTags
        self.lastSessionLines = lastSessionLines
        self.lastSessionNumber = lastSessionNumber
        self.lastSessionDate = lastSessionDate
    }
}
