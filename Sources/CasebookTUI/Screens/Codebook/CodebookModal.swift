import CasebookCore
import TerminalKit

/// What sits over the codebook while an action asks for input or confirmation.
public enum CodebookModal: Sendable {
    case add(CodebookForm)
    /// Picking the parent theme for the add form underneath.
    case parentForForm(CodebookForm, FuzzyPickerState)
    /// Picking a new parent for an existing theme.
    case parent(tagID: Int64, FuzzyPickerState)
    case rename(tagID: Int64, TextInputState, error: String?)
    case mergePicker(sourceID: Int64, FuzzyPickerState)
    case confirmMerge(CodebookMergePlan)
    case confirmDelete(Tag)
    case color(tagID: Int64, TextInputState, error: String?)
    case description(tagID: Int64, TextInputState, error: String?)
}
