import CasebookCore

/// Store work the session screen asks for; `SessionScreen.run` performs it.
public enum SessionScreenEffect: Sendable {
    case save(NoteSave)
    case addObservation(sessionID: Int64, tagID: Int64, intensity: Int, evidence: String)
    case updateObservation(Observation)
    case removeObservation(sessionID: Int64, observationID: Int64)
    /// Adds an unknown `#slug` to the codebook as a theme and re-syncs the note.
    case acceptUnknownSlug(sessionID: Int64, written: String)
    /// Saves the pending texts first and signs only if they reached the store, so no typed
    /// text is left outside a note that can no longer change.
    case sign(sessionID: Int64, pending: [NoteSave])
    case amend(sessionID: Int64, layer: NoteLayer, text: String)
    /// The screen is done (its drafts are saved); the shell pops it.
    case close
}
