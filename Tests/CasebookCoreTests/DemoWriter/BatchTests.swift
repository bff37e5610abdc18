import Foundation
import XCTest
@testable import CasebookCore

final class BatchTests: XCTestCase {
    private struct Interrupted: Error {}

    func testFailedBatchLeavesNothingBehind() throws {
        let folder = try TemporaryFolder()
        let store = try CaseStore(url: URL(fileURLWithPath: folder.path("batch.sqlite")))
        XCTAssertThrowsError(try store.batch { batch in
            let client = try batch.createClient(Client(code: "AB-001", name: "Fictional Person", intakeDate: Date()))
            _ = try batch.createSession(clientID: client.id!, startedAt: Date(), processNote: "She hesitated #humor")
            throw Interrupted()
        })
        XCTAssertEqual(try store.listClients().count, 0)
        XCTAssertEqual(try store.tags(category: .defense).first { $0.tag.slug == "humor" }?.uses, 0)
    }

    func testBatchSessionsNumberThemselvesAndCodeInlineTags() throws {
        let folder = try TemporaryFolder()
        let store = try CaseStore(url: URL(fileURLWithPath: folder.path("batch.sqlite")))
        let results = try store.batch { batch in
            let client = try batch.createClient(Client(code: "AB-002", name: "Fictional Person", intakeDate: Date()))
            let first = try batch.createSession(clientID: client.id!, startedAt: Date(), processNote: "Late again #humor!")
            let second = try batch.createSession(clientID: client.id!, startedAt: Date(), processNote: "Quiet #nobody-knows")
            return [first, second]
        }
        XCTAssertEqual(results.map(\.session.number), [1, 2])
        XCTAssertEqual(results[0].inline.added, 1)
        XCTAssertEqual(results[1].inline.unknown.map(\.written), ["nobody-knows"])
        let observations = try store.observations(sessionID: results[0].session.id!)
        XCTAssertEqual(observations.map(\.observation.intensity), [3])
        XCTAssertThrowsError(try store.batch { batch in
            try batch.createClient(Client(code: "ab-002", name: "Someone Else", intakeDate: Date()))
        }) { XCTAssertEqual($0 as? StoreError, .duplicateClientCode("ab-002")) }
    }
}
