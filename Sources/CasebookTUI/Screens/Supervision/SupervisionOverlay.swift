import CasebookCore
import TerminalKit

/// What covers the Supervision tab's lists: the brief preview, the name review, or the export prompt.
public enum SupervisionOverlay: Sendable {
    case preview(markdown: String, scroll: Int)
    case review(SupervisionReview)
    case export(SupervisionExportPrompt)
}

/// The name review checklist: capitalised words that may be names, and names-that-are-words that were replaced.
public struct SupervisionReview: Sendable {
    public var review: DeidentificationReview
    /// Index into `nameCandidates`, then into `ambiguousReplacements`.
    public var selected: Int = 0

    public var rowCount: Int { review.nameCandidates.count + review.ambiguousReplacements.count }
    public var selectedCandidate: String? {
        review.nameCandidates.indices.contains(selected) ? review.nameCandidates[selected] : nil
    }
}

/// The two questions asked before a brief is written: which format, then where.
public struct SupervisionExportPrompt: Sendable {
    public enum Step: Sendable, Equatable { case format, path }
    public var step: Step = .format
    public var format: SupervisionBriefFormat = .markdown
    public var path = TextInputState()
    /// Why the last try was refused, shown under the path so the clinician can change it.
    public var error: String?
}
