import CasebookCore
import Foundation

/// Where the terminal interface will start. Until it is wired in, it shows the caseload's
/// roster so `casebook --demo` already shows something real.
func openInterface(store: CaseStore, theme: String?) throws {
    let clients = try store.listClients()
    print("Casebook \(CasebookVersion.string) — \(store.url.path)")
    print("")
    print(ClientsCommand.table(clients))
    print("")
    print("The terminal interface is coming; meanwhile `casebook --help` lists what the command line does with a caseload.")
}
