import Foundation
import XCTest
@testable import CasebookCore

final class DemoWriterTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder = nil }

    private func store(_ name: String = "demo.sqlite") throws -> CaseStore {
        try CaseStore(url: URL(fileURLWithPath: folder.path(name)))
    }

    func testDefaultDemoWritesTwelveClientsWithEveryInlineTagCoded() throws {
        let caseload = DemoCaseload.generate()
        let store = try store()
        let summary = try DemoWriter.write(caseload, to: store)
        XCTAssertEqual(summary.clients, 12)
        XCTAssertEqual(summary.unknownSlugs, [], "the demo notes use codes the codebook lacks")
        XCTAssertEqual(try store.listClients().count, 12)

        var totalTags = 0
        for demo in caseload.clients {
            let client = try store.requireClient(demo.code)
            let clientID = try XCTUnwrap(client.id)
            XCTAssertEqual(client.name, demo.name)
            XCTAssertEqual(client.aliases, demo.aliases)
            let sessions = try store.sessions(clientID: clientID)
            XCTAssertEqual(sessions.map(\.number), demo.sessions.map(\.number))
            var counts: [Int64: Int] = [:]
            for detail in try store.observations(clientID: clientID) { counts[detail.observation.sessionID, default: 0] += 1 }
            for (stored, written) in zip(sessions, demo.sessions) {
                let tags = InlineTagParser.parse(written.processNote).count
                totalTags += tags
                XCTAssertEqual(counts[try XCTUnwrap(stored.id)] ?? 0, tags, "\(demo.code) session \(written.number)")
                XCTAssertEqual(stored.processNote, written.processNote)
                XCTAssertEqual(stored.recordNote, written.recordNote)
            }
            XCTAssertEqual(try store.figures(clientID: clientID).map(\.role), demo.figures.map(\.role))
            XCTAssertEqual(try store.formulation(clientID: clientID)?.coreConflict, demo.formulation.coreConflict)
            XCTAssertEqual(try store.episodes(clientID: clientID).count, demo.sessions.map(\.episodes.count).reduce(0, +))
            XCTAssertEqual(try store.measures(clientID: clientID).count, demo.sessions.map(\.measures.count).reduce(0, +))
        }
        XCTAssertGreaterThan(totalTags, 0)
        XCTAssertEqual(summary.observations, totalTags)
    }

    func testIndexFilledAfterwardsFindsWhatTheTriggersWouldAndKeepsTheTriggers() throws {
        let caseload = DemoCaseload.generate(clients: 3, sessionsPerClient: 6...6)
        let byTriggers = try store("triggers.sqlite")
        let filled = try store("filled.sqlite")
        try DemoWriter.write(caseload, to: byTriggers)
        try DemoWriter.write(caseload, to: filled, fillSearchIndexAfterwards: true)
        func passages(_ store: CaseStore) throws -> [String] {
            // Evidence the triggers left pending is indexed before any search reads the index.
            try store.catchUpSearchIndex()
            return try store.database.read { db in
                try String.fetchAll(db, sql: "SELECT rowid || layer || body FROM search_index ORDER BY rowid")
            }
        }
        XCTAssertEqual(try passages(filled), try passages(byTriggers))
        XCTAssertGreaterThan(try passages(filled).count, 18)
        // The roster's per-code counts (the Clients list's chips) are recounted the same way.
        func counts(_ store: CaseStore) throws -> [String] {
            try store.database.read { db in
                try String.fetchAll(db, sql: """
                    SELECT client.code || ':' || tag.slug || '=' || sessions FROM client_tag_sessions
                    JOIN client ON client.id = client_id JOIN tag ON tag.id = tag_id
                    WHERE sessions > 0 ORDER BY 1
                    """)
            }
        }
        XCTAssertEqual(try counts(filled), try counts(byTriggers))
        XCTAssertGreaterThan(try counts(filled).count, 3)
        XCTAssertTrue(try filled.checkSearchIndex().isHealthy)

        let client = try filled.requireClient(caseload.clients[0].code)
        let session = try XCTUnwrap(try filled.sessions(clientID: try XCTUnwrap(client.id)).first)
        try filled.saveNote(sessionID: session.id!, layer: .process, text: "Zanzibarquill at the door.", visit: EditingVisit())
        XCTAssertEqual(try filled.search(SearchQuery("zanzibarquill")).count, 1, "the triggers index later saves again")
        let before = try counts(filled)
        let newSession = try filled.createSession(clientID: try XCTUnwrap(client.id))
        try filled.saveNote(sessionID: newSession.id!, layer: .process, text: "Met at the pier. #humor", visit: EditingVisit())
        XCTAssertNotEqual(try counts(filled), before, "the roster trigger counts later observations again")
        XCTAssertTrue(try filled.checkSearchIndex().isHealthy)
    }

    func testDemoThemesJoinTheCodebookOnce() throws {
        let store = try store()
        try DemoWriter.write(DemoCaseload.generate(clients: 1, sessionsPerClient: 2...2), to: store)
        try DemoWriter.write(DemoCaseload.generate(clients: 1, sessionsPerClient: 2...2, seed: 7), to: store)
        let themes = try store.tags(category: .theme).map(\.tag.slug)
        XCTAssertEqual(Set(themes), Set(DemoCaseload.themes.filter { $0.category == .theme }.map(\.slug)))
        XCTAssertEqual(themes.count, Set(themes).count)
        XCTAssertEqual(try store.tags(category: .dream).map(\.tag.slug), ["dream"])
    }

    func testEpisodesPointAtTheClientsFiguresAndCCRTCodes() throws {
        let caseload = DemoCaseload.generate(clients: 3, sessionsPerClient: 30...30)
        let store = try store()
        try DemoWriter.write(caseload, to: store)
        let demo = caseload.clients[2]  // the repeating-CCRT client
        let clientID = try XCTUnwrap(store.requireClient(demo.code).id)
        let figures = Dictionary(uniqueKeysWithValues: try store.figures(clientID: clientID).map { ($0.id!, $0.role) })
        let told = demo.sessions.flatMap(\.episodes)
        let stored = try store.episodes(clientID: clientID)
        XCTAssertEqual(stored.map { $0.figureID.flatMap { figures[$0] } }, told.map(\.figureRole))
        for (episode, written) in zip(stored, told) {
            XCTAssertEqual(try store.tag(id: try XCTUnwrap(episode.wishTagID))?.qualifiedSlug, "ccrt_wish/\(written.wishSlug)")
            XCTAssertEqual(try store.tag(id: try XCTUnwrap(episode.rsTagID))?.qualifiedSlug, "ccrt_rs/\(written.rsSlug)")
            XCTAssertEqual(episode.roPositive, written.roPositive)
        }
    }

    func testAnalyticsInputCarriesEverySessionObservationAndEpisode() throws {
        let caseload = DemoCaseload.generate(clients: 3, sessionsPerClient: 15...15)
        let store = try store()
        try DemoWriter.write(caseload, to: store)
        let demo = caseload.clients[1]
        let clientID = try XCTUnwrap(store.requireClient(demo.code).id)
        let input = try store.analyticsInput(clientID: clientID)
        XCTAssertEqual(input.sessions.map(\.number), Array(1...15))
        XCTAssertEqual(input.sessions.map(\.attendance), demo.sessions.map(\.attendance))
        XCTAssertEqual(
            input.sessions.map(\.observations.count), demo.sessions.map { InlineTagParser.parse($0.processNote).count })
        XCTAssertEqual(input.episodes.count, demo.sessions.map(\.episodes.count).reduce(0, +))
        let known = Set(input.tags.map(\.id))
        XCTAssertTrue(input.sessions.allSatisfy { $0.observations.allSatisfy { known.contains($0.tagID) } })
        let grid = TimelineGrid.build(sessions: input.sessions, tags: input.tags)
        XCTAssertFalse(grid.rows.isEmpty)
    }
}
