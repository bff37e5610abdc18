import ArgumentParser
import CasebookCore
import Foundation

/// `casebook note CLIENT [--date D] [--layer process|record] < note.txt`: a new session whose
/// note is read from stdin. Inline `#tags` become observations as in the editor; any the
/// codebook does not know are kept in the text and listed on stderr.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Add a new session with a note read from stdin.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Client code (any case) or numeric id.")
    var client: String

    @Option(name: .long, help: ArgumentHelp("When the session took place: YYYY-MM-DD or \"YYYY-MM-DD HH:MM\" (default now).", valueName: "date"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Which note the text is: process (private, parsed for #tags) or record.", valueName: "layer"))
    var layer: String = "process"

    func run() throws {
        guard let noteLayer = NoteLayer(rawValue: layer.lowercased()) else {
            throw CLIError(message: "\"\(layer)\" is not a note layer", hint: "use --layer process or --layer record")
        }
        let startedAt = try date.map { try CLIDate.parse($0, option: "--date").date }
        let store = try database.openExistingStore()
        let client = try store.requireClient(client)
        guard let clientID = client.id else { return }
        if isatty(STDIN_FILENO) == 1 {
            StandardError.write("Type the \(noteLayer.rawValue) note for \(client.code); end with Ctrl-D on a line of its own.")
        }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError(message: "the note is not UTF-8 text; nothing was saved",
                           hint: "convert it first, e.g. `iconv -t UTF-8 note.txt | casebook note \(client.code)`")
        }
        guard !text.utf8.contains(0) else {
            throw CLIError(message: "the note contains a NUL byte (binary data?); nothing was saved",
                           hint: "remove it first, e.g. `tr -d '\\000' < note.txt | casebook note \(client.code)`")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw CLIError(message: "the note is empty; nothing was saved",
                           hint: "pipe the note in: `casebook note \(client.code) < note.txt`")
        }
        let (session, inline) = try store.batch { batch in
            try batch.createSession(
                clientID: clientID, startedAt: startedAt ?? batch.stamp,
                processNote: noteLayer == .process ? text : "", recordNote: noteLayer == .record ? text : "")
        }
        print("Session \(session.number) for \(client.code) on \(CLIDate.minute(session.startedAt)): "
            + "\(noteLayer.rawValue) note saved, \(inline.added) observation\(inline.added == 1 ? "" : "s") from inline tags.")
        for unknown in inline.unknown {
            StandardError.write("unknown tag #\(unknown.written): kept in the note, not yet coded.")
        }
        for ambiguous in inline.ambiguous {
            let choices = ambiguous.candidates.map { "#" + $0.qualifiedSlug }.joined(separator: " or ")
            StandardError.write("ambiguous tag #\(ambiguous.written): write \(choices) instead.")
        }
        if let first = inline.unknown.first {
            StandardError.write(
                "  → add one as a theme with `casebook codebook --add \(first.written)` (this note is coded at once), "
                    + "or write an existing code instead: `casebook codebook` lists every slug.")
        }
    }
}
