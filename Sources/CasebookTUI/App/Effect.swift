import CasebookCore
/// Work update asks for; the runner does it against the store or the terminal and feeds the
/// results back as events.
public enum Effect: Sendable {
    case loadClients(select: Int64?)
    case loadClient(id: Int64)
    /// The frequent codes and latest note of the Clients preview, for the selected client.
    case loadPreviewDetail(clientID: Int64)
    /// The details of these rows of the client's Sessions tab, read for the load marked `mark`
    /// (the whole client again if the store moved since).
    case loadSessionDetails(clientID: Int64, ids: [Int64], mark: StoreChangeMark?)
    /// Reload the client if the store moved since `mark` (a save, another process's write).
    case refreshClient(id: Int64, mark: StoreChangeMark?)
    /// The patterns part of the Clients preview, for the selected client.
    case loadPreviewPatterns(clientID: Int64)
    /// Adds the client when `id` is nil, else saves every field of that client.
    case saveClient(ClientDraft, id: Int64?)
    case closeClient(id: Int64)
    case createSession(clientID: Int64)
    case openSession(id: Int64)
    /// Store work the session screen asked for.
    case session(SessionScreenEffect)
    /// Save the session's drafts now (before quitting, suspending, hiding the screen). Carries
    /// a copy of the screen's state; the answers come back as `.session` events.
    case flushSession(SessionScreenState)
    /// Open the session's note in `$EDITOR` with the terminal released (run by the runner).
    case externalEdit(sessionID: Int64, layer: NoteLayer, text: String)
    /// Keep the code-only choice in the settings file for the next run.
    case rememberCodeOnly(Bool)
    /// Open a hosted screen on top of the stack.
    case openComponent(ComponentKind)
    /// Store work a hosted screen asked for.
    case component(ComponentWork)
    /// Save what a hosted screen holds unsaved (quit, suspend, privacy).
    case flushComponent(any HostedScreen)
    /// After the flush effects before it have answered: quit, suspend, or first ask about (or
    /// keep) the text the store still refused. The runner answers `.flushed` at once.
    case afterFlush(ExitRoute)
    /// Write texts the store refused to a recovery file, then go on as `then` says.
    case writeRecovery([RecoveryDraft], reason: String, then: ExitRoute)
    /// Stop the process as Ctrl-Z would, after drafts reached the store.
    case suspend
    /// End the run loop; drafts were flushed by the effects before it.
    case quit
}
