import CasebookCore
import TerminalKit

/// A modal layer over the session screen; while one is open it takes every key.
public enum SessionOverlay: Sendable {
    /// The last session's date, note opening and codes.
    case previousSession(PreviousSessionSummary?)
    case confirmSign
    case confirmRemove(ObservationDetail)
    /// Choosing the code of a new manual observation.
    case pickTag(FuzzyPickerState)
    /// Its intensity, 1–3.
    case pickIntensity(tag: Tag)
    /// Its evidence, prefilled with the sentence at the cursor.
    case enterEvidence(tag: Tag, intensity: Int, evidence: TextInputState)
    case editObservation(ObservationForm)
    /// A dated amendment to a signed note.
    case amendment(layer: NoteLayer, editor: TextEditorState)
}
