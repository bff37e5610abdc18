import Foundation
import XCTest
@testable import CasebookCore

final class StoreClientsTests: XCTestCase {
    func testClientFieldsRoundTripIncludingAliases() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let created = try store.createClient(Client(
            code: " ZK-007 ", name: "Zoë Krüger", aliases: ["Zo", "Zoe K."], birthYear: 1988,
            intakeDate: Date(timeIntervalSince1970: 1_780_000_000), frequency: "2×/week",
            presentingConcerns: "Panic on trains.", supervisionQuestions: "Is the idealisation defensive?"))
        XCTAssertEqual(created.code, "ZK-007")
        let fetched = try XCTUnwrap(try store.client(code: "zk-007"))
        XCTAssertEqual(fetched, created)
        XCTAssertEqual(fetched.aliases, ["Zo", "Zoe K."])
        XCTAssertEqual(try store.client(code: "\(created.id!)")?.code, "ZK-007")
        XCTAssertThrowsError(try store.requireClient("XX-999")) { error in
            XCTAssertTrue("\(error)".contains("casebook clients"))
        }
    }

    func testWhatTheStoreReturnsEqualsWhatItReadsBackLater() throws {
        let folder = try TemporaryFolder()
        let store = try CaseStore(url: folder.url.appendingPathComponent("casebook.sqlite"))
        let client = try makeClient(store)
        let session = try store.createSession(clientID: client.id!)
        XCTAssertEqual(try store.client(id: client.id!), client)
        XCTAssertEqual(try store.session(id: session.id!), session)
    }

    func testStatusAndEditsAreSavedAndFilterTheList() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        var anna = try makeClient(store)
        _ = try makeClient(store, code: "BK-002", name: "Ben Krause")
        try store.setClientStatus(anna.id!, .closed)
        XCTAssertEqual(try store.listClients(status: .active).map(\.client.code), ["BK-002"])
        anna = try XCTUnwrap(try store.client(id: anna.id!))
        anna.frequency = "1×/week"
        anna.code = "BK-002"
        XCTAssertThrowsError(try store.updateClient(anna)) { error in
            XCTAssertEqual(error as? StoreError, .duplicateClientCode("BK-002"))
        }
        anna.code = "AM-014"
        try store.updateClient(anna)
        XCTAssertEqual(try store.client(id: anna.id!)?.frequency, "1×/week")
        XCTAssertEqual(try store.client(id: anna.id!)?.status, .closed)
    }

    func testFiguresMeasuresEpisodesAndDisclosuresAreKeptPerClient() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store)
        let session = try store.createSession(clientID: client.id!)
        let mother = try store.addFigure(clientID: client.id!, role: "mother", name: "Greta")
        try store.addMeasure(sessionID: session.id!, instrument: "PHQ-9", score: 14)
        XCTAssertThrowsError(try store.addMeasure(sessionID: session.id!, instrument: " ", score: 3))
        guard case .tag(let wish) = try store.resolveSlug("#ccrt_wish/to-be-close") else { return XCTFail("the built-in wish to-be-close is missing") }
        let episode = try store.addEpisode(RelationshipEpisode(
            sessionID: session.id!, figureID: mother.id, narrative: "Called her mother; was cut short.", wishTagID: wish.id))
        try store.recordDisclosure(what: "brief AM-014 (md)", clientCodes: ["AM-014"], deidentified: true)
        XCTAssertEqual(try store.figures(clientID: client.id!).map(\.role), ["mother"])
        XCTAssertEqual(try store.measures(clientID: client.id!).map(\.score), [14])
        XCTAssertEqual(try store.episodes(clientID: client.id!), [episode])
        XCTAssertEqual(try store.disclosures().map(\.deidentified), [true])
        try store.removeFigure(mother.id!)
        XCTAssertNil(try store.episodes(sessionID: session.id!).first?.figureID)
        XCTAssertEqual(try store.episodes(sessionID: session.id!).first?.narrative, "Called her mother; was cut short.")
    }
}
