/// How the interface is leaving, which decides what happens to text the store refused.
public enum ExitRoute: Hashable, Sendable {
    /// The clinician asked to quit (q, Ctrl-Q, Ctrl-C, the palette): unsaved text is shown and
    /// they choose.
    case askFirst
    /// A signal ends the process (SIGTERM, SIGHUP) and no one can be asked: unsaved text goes
    /// to a recovery file, then the run ends.
    case quitNow
    /// Ctrl-Z: unsaved text goes to a recovery file first, since a stopped process may never
    /// be resumed.
    case suspend
}
