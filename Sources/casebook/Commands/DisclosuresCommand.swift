import ArgumentParser
import CasebookCore
import Foundation

/// `casebook disclosures [--json]`: the local log of everything that left the app.
struct DisclosuresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disclosures",
        abstract: "List every export, brief and backup: when, what, which clients, de-identified or not.")

    @OptionGroup var database: DatabaseOptions

    @Flag(name: .long, help: "Print JSON: [{occurred_at, what, client_codes, deidentified}].")
    var json = false

    private struct Row: Encodable {
        var occurredAt: String
        var what: String
        var clientCodes: [String]
        var deidentified: Bool

        enum CodingKeys: String, CodingKey {
            case what, deidentified
            case occurredAt = "occurred_at"
            case clientCodes = "client_codes"
        }
    }

    mutating func run() throws {
        let store = try CaseStore(path: database.db)
        let disclosures = try store.disclosures()
        let rows = disclosures.map {
            Row(occurredAt: ExportDate.string($0.occurredAt), what: $0.what, clientCodes: $0.clientCodes, deidentified: $0.deidentified)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(rows), as: UTF8.self))
            return
        }
        if rows.isEmpty {
            print("Nothing has left Casebook from this database yet.")
            return
        }
        for row in rows {
            let clients = row.clientCodes.isEmpty ? "no clients" : row.clientCodes.joined(separator: ", ")
            print("\(row.occurredAt)  \(row.deidentified ? "de-identified" : "IDENTIFIED   ")  \(row.what)  [\(clients)]")
        }
    }
}
