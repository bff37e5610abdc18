import ArgumentParser
import CasebookCore
import Foundation

/// `casebook clients [--status S] [--json]`: the caseload, one client a line.
struct ClientsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clients", abstract: "List clients with their session count and last attended session.")

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Only clients with this status: active, paused or closed.")
    var status: String?

    @Flag(name: .long, help: "Print the listing as JSON.")
    var json = false

    func run() throws {
        let filter = try status.map { text -> ClientStatus in
            guard let value = ClientStatus(rawValue: text.lowercased()) else {
                throw CLIError(message: "\"\(text)\" is not a status", hint: "use active, paused or closed")
            }
            return value
        }
        let store = try database.openExistingStore()
        let clients = try store.listClients(status: filter)
        if json {
            try JSONOutput.print(clients.map { summary -> [String: Any] in
                [
                    "id": summary.client.id ?? 0,
                    "code": summary.client.code,
                    "name": summary.client.name,
                    "status": summary.client.status.rawValue,
                    "frequency": summary.client.frequency,
                    "sessions": summary.sessionCount,
                    "last_seen": JSONOutput.value(summary.lastSeen.map(CLIDate.json)),
                ]
            })
        } else if clients.isEmpty {
            StandardError.write("No clients yet. Add them in the interface, or try `casebook demo FILE` for a fictional caseload.")
        } else {
            print(Self.table(clients))
        }
    }

    /// The clients as aligned columns: code, name, status, frequency, sessions, last seen.
    static func table(_ clients: [ClientSummary]) -> String {
        let rows = clients.map { summary in
            [
                summary.client.code, summary.client.name, summary.client.status.rawValue, summary.client.frequency,
                String(summary.sessionCount), summary.lastSeen.map(CLIDate.day) ?? "—",
            ]
        }
        return TextTable.render(header: ["code", "name", "status", "frequency", "sessions", "last seen"], rows: rows,
                                rightAligned: [4])
    }
}
