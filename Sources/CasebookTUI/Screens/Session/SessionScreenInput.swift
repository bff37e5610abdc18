import CasebookCore
import Foundation
import TerminalKit

/// What the shell feeds the session screen: terminal events, the clock, and the answers to
/// the effects the screen asked for (from `SessionScreen.run`).
public enum SessionScreenInput: Sendable {
    case key(KeyEvent)
    /// Bracketed paste: always text, never commands.
    case paste(String)
    /// The clock; autosave and the session clock run on it. At least every 250 ms.
    case tick(Date)
    /// The size of the area `render` draws into (send it after `open` and on every resize),
    /// so cursor moves follow the wrapped rows on screen.
    case resized(Size)
    /// A note save reached the store; for the process note, with the re-synced observations.
    case saved(layer: NoteLayer, revision: Int, at: Date, snapshot: ObservationSnapshot?)
    /// A note save did not reach the store; the fault says why, in words the clinician can act on.
    case saveFailed(layer: NoteLayer, revision: Int, fault: StoreFault)
    /// Observations changed (added, edited, removed, an unknown slug accepted).
    case observationsChanged(ObservationSnapshot, message: String)
    case signed(Session)
    case amended(NoteAmendment)
    /// An effect failed; the message says what to do.
    case failed(String)
}
