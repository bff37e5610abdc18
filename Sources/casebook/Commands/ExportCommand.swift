import ArgumentParser
import CasebookCore
import Foundation

/// `casebook export [CLIENT] --format json|csv|md|qdc [--deidentify] [--out FILE]`
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export one client or the whole caseload as JSON, CSV, a Markdown record or a QDC codebook.",
        discussion: """
            json  every table, full fidelity; `casebook import` reads it back.
            csv   one row per observation (client, session, date or week, category, tag, level, intensity, evidence).
            md    a readable case record: formulation, then each session with its notes and observations.
            qdc   the codebook in the REFI-QDA exchange format, for ATLAS.ti, MAXQDA, NVivo and others.
            With --deidentify, names become the client code and roles, dates become weeks since intake, birth
            years are dropped, and the export is refused if a known name is still in it.
            Every export is recorded in `casebook disclosures`.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, md, qdc
    }

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Client code or id (default: every client).")
    var client: String?

    @Option(name: .long, help: "json, csv, md or qdc.")
    var format: Format

    @Flag(name: .long, help: "Replace names by codes and roles and dates by weeks since intake.")
    var deidentify = false

    @Option(name: .long, help: ArgumentHelp("Write to this file (mode 0600) instead of standard output.", valueName: "file"))
    var out: String?

    @Flag(name: .long, help: "Replace the --out file if it exists.")
    var force = false

    mutating func run() throws {
        try DisclosedOutput.checkTarget(out, force: force)
        let store = try CaseStore(path: database.db)
        let clientID = try client.map { try store.requireClient($0).id }
        let exporter = CaseloadExporter(store: store, clientID: clientID ?? nil, deidentify: deidentify)
        let export: CaseloadExport
        do {
            export = try exporter.build()
        } catch let error as DeidentificationError {
            throw CLIError(message: error.description, hint: "add the name to the client's aliases or figures, or export without --deidentify")
        }
        let text: String
        switch format {
        case .json: text = try export.jsonText()
        case .csv: text = export.csvText()
        case .md: text = CaseRecordMarkdown.render(export)
        case .qdc: text = export.qdcText()
        }
        let codes = format == .qdc ? [] : export.clients.map(\.code)
        try DisclosedOutput.deliver(
            text, to: out, force: force, store: store, what: "export \(format.rawValue)", clientCodes: codes,
            deidentified: deidentify || format == .qdc)
    }
}

/// Where an export or brief goes (stdout or a private file), and the disclosure row that records it.
enum DisclosedOutput {
    /// Fails before any work when the target exists and may not be replaced.
    static func checkTarget(_ path: String?, force: Bool) throws {
        if let path, !force, FileManager.default.fileExists(atPath: path) {
            throw CLIError(message: ExportFile.Failure.exists(path: path).description)
        }
    }

    static func deliver(
        _ text: String, to path: String?, force: Bool, store: CaseStore, what: String, clientCodes: [String],
        deidentified: Bool
    ) throws {
        if let path {
            let path = URL(fileURLWithPath: path).standardizedFileURL.path
            do {
                try ExportFile.write(text, to: path, overwrite: force)
            } catch {
                throw CLIError(message: error.description)
            }
            _ = try store.recordDisclosure(what: "\(what) to \(path)", clientCodes: clientCodes, deidentified: deidentified)
        } else {
            // Recorded before printing: output that reached a pipe has left the app either way.
            _ = try store.recordDisclosure(what: "\(what) to standard output", clientCodes: clientCodes, deidentified: deidentified)
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
