import CasebookCore
import Foundation
import TerminalKit

/// The interface's front door, called by the `casebook` executable.
public enum CasebookApp {
    public struct Options: Sendable {
        /// Show client codes instead of names everywhere.
        public var codeOnly: Bool
        /// The environment the terminal reads (`TERM`, `ESCDELAY`, `NO_COLOR`, `COLORTERM`).
        public var environment: [String: String]
        /// A message for the status line at start (e.g. "Demo caseload: removed when you quit").
        public var startMessage: String?
        /// Idle lock minutes and passphrase hash (code-only and theme are applied by the caller).
        public var settings: Settings

        public init(codeOnly: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment,
                    startMessage: String? = nil, settings: Settings = Settings()) {
            self.settings = settings
            self.codeOnly = codeOnly
            self.environment = environment
            self.startMessage = startMessage
        }
    }

    /// Runs the interface on the process's terminal until the user quits or a signal ends it;
    /// drafts are saved and the terminal restored on every way out.
    public static func run(store: CaseStore, theme: Theme, options: Options = Options()) throws {
        let terminal = NcursesTerminal(environment: options.environment)
        try terminal.start()
        defer { terminal.stop() }
        var state = AppState(size: terminal.size, now: Date(), codeOnly: options.codeOnly)
        state.settings = options.settings
        let recovery = RecoveryFile.existing(databaseURL: store.url, environment: options.environment)
        if let notice = recoveryNotice(recovery, databaseURL: store.url) {
            state.status = StatusMessage(notice, kind: .error)
        } else if let warning = store.warnings.first {
            state.status = StatusMessage(String(describing: warning), kind: .error)
        } else if let message = options.startMessage {
            state.status = StatusMessage(message)
        }
        let effects = EffectRunner(store: store)
        let app = AppRunner(terminal: terminal, state: state, theme: theme, perform: effects.run)
        // Autosaves commit without waiting for the disk; a pause in typing flushes them. A failed
        // flush is tried again at the next pause, and the next ordinary write flushes too.
        app.onPause = { try? store.makeSavesDurable() }
        app.run(initial: [.loadClients(select: nil)])
        terminal.stop()
        if let path = app.state.recoveryPath {
            // The path only, never the text: stderr may be logged.
            FileHandle.standardError.write(Data("casebook: unsaved text was written to \(path)\n".utf8))
        }
    }

    /// What the first status line says while recovery files of this database exist.
    /// The file's name comes first so a narrow status line still shows it; `casebook check`
    /// lists the full paths.
    public static func recoveryNotice(_ files: [URL], databaseURL: URL) -> String? {
        guard let newest = files.last else { return nil }
        let folder = newest.deletingLastPathComponent().standardizedFileURL.path
        let beside = folder == databaseURL.deletingLastPathComponent().standardizedFileURL.path
        let place = beside ? "beside the database" : "in \(folder)"
        let more = files.count > 1 ? " (and \(files.count - 1) older; `casebook check` lists them)" : ""
        return "Unsaved text from an earlier run is in \(newest.lastPathComponent) \(place)\(more): copy it back, then delete the file."
    }
}
