import CasebookCore
import CasebookTUI
import Foundation
import TerminalKit

/// Opens the terminal interface on `store`; returns when the clinician quits.
func openInterface(store: CaseStore, theme name: String?, startMessage: String? = nil) throws {
    try requireTerminal()
    let settings = SettingsFile.standard()?.load()
    let loaded = ThemeCatalog.standard().load(name ?? settings?.settings.theme)
    var message = startMessage
    if let problem = settings?.errors.first { message = "Settings problem, using defaults: \(problem)" }
    if let problem = loaded.errors.first {
        // The alternate screen would hide stderr; the status line says it instead.
        message = "Theme problem, using the default: \(problem)"
    }
    // Notes saved while typing reach the search index before the process ends (see
    // `CaseStore.catchUpSearchIndex`); if that fails, the next open does it.
    // Autosaves not yet on the disk get there too (see `CaseStore.makeSavesDurable`).
    defer {
        _ = try? store.catchUpSearchIndex()
        try? store.makeSavesDurable()
    }
    try CasebookApp.run(store: store, theme: loaded.theme, options: CasebookApp.Options(
        codeOnly: settings?.settings.codeOnly ?? false, startMessage: message, settings: settings?.settings ?? Settings()))
}

/// The interface draws on a terminal; from a pipe or a script it says what to use instead.
func requireTerminal() throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
        throw CLIError(
            message: "the interface needs a terminal",
            hint: "run `casebook` in a terminal; from scripts use the subcommands (`casebook --help`)")
    }
}

/// `--bench-first-frame`: draw the Clients screen's first frame into memory and exit, so
/// `casebook bench` can time process start to first frame without a terminal.
func renderFirstFrameAndExit(store: CaseStore, theme name: String?) {
    // What `openInterface` reads before its first frame: the settings file, then the theme.
    let settings = SettingsFile.standard()?.load().settings
    let theme = ThemeCatalog.standard().load(name ?? settings?.theme).theme
    let frame = CasebookApp.renderFirstFrame(
        store: store, theme: theme, size: Size(width: 120, height: 40), codeOnly: settings?.codeOnly ?? false,
        settings: settings ?? Settings())
    // Touch the result so the work cannot be skipped.
    if frame.area.width != 120 { exit(1) }
    // One line once the frame is drawn: the bench stops its clock there, as a user sees the
    // screen there; closing the store afterwards (its checkpoint syncs the disk) happens at quit.
    FileHandle.standardOutput.write(Data("drawn\n".utf8))
}
