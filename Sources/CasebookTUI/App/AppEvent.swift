import CasebookCore
import Foundation
import TerminalKit

/// Everything update reacts to: the terminal, the clock, and the results of effects.
public enum AppEvent: Sendable {
    case terminal(Event)
    case tick(Date)
    case clientsLoaded([ClientListItem], select: Int64?)
    case clientLoaded(ClientDetail)
    case previewDetailLoaded(clientID: Int64, ClientPreviewDetail)
    case sessionDetailsLoaded(clientID: Int64, mark: StoreChangeMark?, [SessionListItem])
    case previewPatternsLoaded(clientID: Int64, ClientPatternSummary)
    /// A form's client reached the store.
    case clientSaved(id: Int64, message: String)
    /// The store refused the form; the form stays open with what was typed.
    case clientSaveFailed(field: ClientFormField?, message: String)
    case clientClosed(id: Int64)
    /// A session was created or loaded; its screen goes on top.
    case sessionOpened(SessionScreenState)
    /// An answer for the session screen (from its own effects or a flush).
    case session(SessionScreenInput)
    /// A hosted screen was opened against the store.
    case componentOpened(any HostedScreen)
    /// An answer for the hosted screen with this id.
    case component(screenID: UUID, answer: any Sendable)
    /// `$EDITOR` finished with the note.
    case externalEditDone(sessionID: Int64, layer: NoteLayer, ExternalEditResult)
    /// A hosted screen after its flush, with its save answered; it replaces the one on the stack.
    case componentFlushed(any HostedScreen)
    /// The flushes before `.afterFlush` have answered.
    case flushed(ExitRoute)
    case recoveryWritten(path: String, then: ExitRoute)
    case recoveryFailed(message: String, then: ExitRoute)
    /// An effect failed; the message says what to do.
    case failed(String)
}
