import Foundation
import XCTest
@testable import CasebookCore

/// A long client's list reads an outline of every session, then rows for the sessions on screen;
/// together they must say what reading every session in full says.
final class StoreSessionPagesTests: XCTestCase {
    func testOutlineAndRowsByIdAgreeWithTheWholeClientRead() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store).id!
        let other = try makeClient(store, code: "BK-002", name: "Ben Krause").id!
        let denial = try tagID(store, "#denial")
        let visit = EditingVisit()
        for number in 1...7 {
            let session = try store.createSession(
                clientID: client, startedAt: Date(timeIntervalSince1970: 1_780_000_000 + Double(number) * 86_400),
                attendance: number == 3 ? .cancelled : .attended).id!
            try store.saveNote(sessionID: session, layer: .process, text: "Session \(number) #humor then #isolation-of-affects",
                               visit: visit)
            if number.isMultiple(of: 2) { try store.addObservation(sessionID: session, tagID: denial) }
        }
        let foreign = try store.createSession(clientID: other).id!
        let whole = try store.sessionRows(clientID: client)

        let outline = try store.sessionOutline(clientID: client)
        XCTAssertEqual(outline.map(\.id), whole.map(\.id))
        XCTAssertEqual(outline.map(\.number), Array(1...7))
        XCTAssertEqual(outline.map(\.startedAt), whole.map(\.startedAt))
        XCTAssertEqual(outline.map(\.attendance), whole.map(\.attendance))

        // Asked in any order, with a session of another client and one that is gone: each
        // session once, in order of number, the gone one left out.
        let asked = [whole[5].id, whole[1].id, 999_999, whole[2].id, whole[1].id]
        let rows = try store.sessionRows(ids: asked)
        XCTAssertEqual(rows, [whole[1], whole[2], whole[5]])
        XCTAssertEqual(rows[2].tagIDs.last, denial)
        XCTAssertEqual(try store.sessionRows(ids: [foreign]).map(\.id), [foreign])
        XCTAssertEqual(try store.sessionRows(ids: []), [])
    }

    func testChangeMarkMovesWithAWriteHereOrInAnotherConnectionAndNotWithAReading() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store).id!
        let session = try store.createSession(clientID: client).id!
        let before = try store.changeMark()
        _ = try store.sessionRows(clientID: client)
        _ = try store.sessionOutline(clientID: client)
        XCTAssertEqual(try store.changeMark(), before)

        try store.saveNote(sessionID: session, layer: .process, text: "Written here.", visit: EditingVisit())
        let afterOwnWrite = try store.changeMark()
        XCTAssertNotEqual(afterOwnWrite, before)

        // `casebook note` in another terminal: its own connection to the same file.
        let elsewhere = try CaseStore(url: folder.url.appendingPathComponent("casebook.sqlite"))
        try elsewhere.saveNote(sessionID: session, layer: .process, text: "Written elsewhere.", visit: EditingVisit())
        try elsewhere.close()
        XCTAssertNotEqual(try store.changeMark(), afterOwnWrite)
        XCTAssertEqual(try store.sessionRows(ids: [session]).first?.noteExcerpt, "Written elsewhere.")
    }
}
