import XCTest
import TerminalKit
@testable import CasebookTUI

final class DevRunScratch: XCTestCase {
    func testDevRun() throws {
        guard ProcessInfo.processInfo.environment["CASEBOOK_TUI_DEV"] != nil else { return }
        let f = try StoreFixture(demo: ProcessInfo.processInfo.environment["CASEBOOK_TUI_DEV"] == "demo")
        try CasebookApp.run(store: f.store, theme: .builtinDefault)
        print("sessions after:", try f.store.listClients().map { "\($0.client.code)=\($0.sessionCount)" })
        for s in try f.store.listClients() { if let last = try f.store.sessions(clientID: s.client.id!).last { print(s.client.code, last.number, last.processNote.prefix(60)) } }
    }
}
