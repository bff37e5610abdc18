import CasebookCore
import TerminalKit

/// Editing one observation: intensity, evidence and comment for a manual one; only the
/// comment for an inline one, whose code, intensity and evidence follow the note.
public struct ObservationForm: Sendable {
    public enum Field: Int, Hashable, Sendable, CaseIterable {
        case intensity, evidence, comment
    }

    public var observation: Observation
    public var tag: Tag
    public var intensity: Int
    public var evidence: TextInputState
    public var comment: TextInputState
    public var field: Field

    public init(detail: ObservationDetail) {
        observation = detail.observation
        tag = detail.tag
        intensity = detail.observation.intensity
        evidence = TextInputState(text: detail.observation.evidence)
        comment = TextInputState(text: detail.observation.comment)
        field = detail.observation.source == .inline ? .comment : .intensity
    }

    public var isInline: Bool { observation.source == .inline }

    /// Fields the clinician may change here.
    public var editableFields: [Field] { isInline ? [.comment] : Field.allCases }

    mutating func nextField(by step: Int) {
        let fields = editableFields
        let index = fields.firstIndex(of: field) ?? 0
        field = fields[(index + step + fields.count) % fields.count]
    }

    /// The observation as it should be stored.
    var edited: Observation {
        var result = observation
        if !isInline {
            result.intensity = intensity
            result.evidence = evidence.text
        }
        result.comment = comment.text
        return result
    }
}
