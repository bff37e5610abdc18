import CasebookCore
import Foundation
import TerminalKit

/// What the shell feeds the Supervision tab, and the results of its own effects.
public enum SupervisionInput: Sendable {
    case key(KeyEvent)
    case paste(String)
    case tick(Date)
    case resized(Size)
    case sessionSaved(Session)
    case observationSaved(Observation)
    case questionsSaved(text: String, at: Date)
    case previewBuilt(markdown: String)
    case reviewBuilt(DeidentificationReview)
    /// The file written, with `~` expanded.
    case exported(path: String)
    /// The export was refused (file exists, a name remains, cannot write); the prompt stays open.
    case exportRefused(String)
    /// A flag change failed: the lists are reloaded from the store so they show what is saved.
    case reloaded(sessions: [Session], observations: [ObservationDetail], message: String)
    case questionsFailed(String)
    case failed(String)
}
