import Foundation
import GRDB
import XCTest
@testable import CasebookCore

final class StoreRosterTests: XCTestCase {
    /// Sessions per code, recomputed from every observation: what the kept counts must equal.
    private func countedFromObservations(_ store: CaseStore, clientID: Int64) throws -> [Int64: Int] {
        var sessions: [Int64: Set<Int64>] = [:]
        for detail in try store.observations(clientID: clientID) {
            sessions[detail.observation.tagID, default: []].insert(detail.observation.sessionID)
        }
        return sessions.mapValues(\.count)
    }

    private func kept(_ store: CaseStore, clientID: Int64) throws -> [Int64: Int] {
        let facts = try store.clientPreviewFacts(clientID: clientID, codeLimit: 100)
        return Dictionary(uniqueKeysWithValues: facts.codes.map { ($0.tagID, $0.sessions) })
    }

    func testRosterCountsFollowEveryKindOfObservationWrite() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store).id!
        let other = try makeClient(store, code: "BK-002", name: "Ben Krause").id!
        let humor = try tagID(store, "#humor")
        let denial = try tagID(store, "#denial")
        let first = try store.createSession(clientID: client).id!
        let second = try store.createSession(clientID: client).id!
        let elsewhere = try store.createSession(clientID: other).id!

        // Twice in one session counts once; the other client's session counts for them only.
        let twice = try store.addObservation(sessionID: first, tagID: humor)
        try store.addObservation(sessionID: first, tagID: humor)
        try store.addObservation(sessionID: second, tagID: humor)
        try store.addObservation(sessionID: second, tagID: denial)
        try store.addObservation(sessionID: elsewhere, tagID: denial)
        XCTAssertEqual(try kept(store, clientID: client), [humor: 2, denial: 1])
        XCTAssertEqual(try kept(store, clientID: other), [denial: 1])

        try store.removeObservation(twice.id!)
        XCTAssertEqual(try kept(store, clientID: client), try countedFromObservations(store, clientID: client))
        XCTAssertEqual(try kept(store, clientID: client)[humor], 2, "the session still has humor once")

        // A merge moves the observations to the survivor: humor now counts in both sessions' denial.
        try store.mergeTag(humor, into: denial)
        XCTAssertEqual(try kept(store, clientID: client), [denial: 2])
        XCTAssertEqual(try kept(store, clientID: client), try countedFromObservations(store, clientID: client))

        try store.deleteSession(second)
        XCTAssertEqual(try kept(store, clientID: client), [denial: 1])
        XCTAssertEqual(try kept(store, clientID: other), [denial: 1])

        try store.deleteClient(client)
        let left = try store.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM client_tag_sessions") }
        XCTAssertEqual(left, 1, "only the other client's count is left")
    }

    func testRosterCountsFollowInlineTagsWhenANoteIsSaved() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store).id!
        let session = try store.createSession(clientID: client).id!
        let visit = EditingVisit()
        try store.saveNote(sessionID: session, layer: .process, text: "She laughed #humor and #denial", visit: visit)
        XCTAssertEqual(try kept(store, clientID: client), try countedFromObservations(store, clientID: client))
        XCTAssertEqual(try kept(store, clientID: client).count, 2)
        try store.saveNote(sessionID: session, layer: .process, text: "She laughed #humor", visit: visit)
        XCTAssertEqual(try kept(store, clientID: client), [try tagID(store, "#humor"): 1])
    }

    func testMigrationCountsObservationsWrittenBeforeIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v1-seed-codebook")
        try queue.write { db in
            let stamp = "2026-01-05 10:00:00.000"
            try db.execute(sql: """
                INSERT INTO client (id, code, name, intake_date, created_at, updated_at) VALUES (1, 'AM-014', 'Anna', '\(stamp)', '\(stamp)', '\(stamp)');
                INSERT INTO session (id, client_id, number, started_at, created_at, updated_at)
                    VALUES (1, 1, 1, '\(stamp)', '\(stamp)', '\(stamp)'), (2, 1, 2, '\(stamp)', '\(stamp)', '\(stamp)');
                INSERT INTO observation (session_id, tag_id, source, created_at, updated_at) VALUES
                    (1, 1, 'manual', '\(stamp)', '\(stamp)'), (1, 1, 'manual', '\(stamp)', '\(stamp)'),
                    (2, 1, 'manual', '\(stamp)', '\(stamp)'), (2, 2, 'manual', '\(stamp)', '\(stamp)');
                """)
        }
        try queue.close()
        let store = try CaseStore(url: folder.url.appendingPathComponent("old.sqlite"))
        XCTAssertEqual(try kept(store, clientID: 1), [1: 2, 2: 1])
    }

    func testRosterRanksCodesBySessionsThenNameAndKeepsThemesApart() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store).id!
        let envy = try store.addTag(category: .theme, name: "Envy", slug: "envy").id!
        let loss = try store.addTag(category: .theme, name: "Loss", slug: "loss").id!
        let humor = try tagID(store, "#humor")
        for _ in 0..<3 {
            let session = try store.createSession(clientID: client).id!
            try store.addObservation(sessionID: session, tagID: humor)
            try store.addObservation(sessionID: session, tagID: loss)
        }
        let last = try store.createSession(clientID: client).id!
        try store.addObservation(sessionID: last, tagID: envy)
        let facts = try store.clientPreviewFacts(clientID: client, codeLimit: 2)
        XCTAssertEqual(facts.codes.map(\.name), ["Humor", "Loss"], "3 sessions each, by name; Envy (1) is cut")
        let entry = try XCTUnwrap(try store.clientRoster(themeLimit: 5).first)
        XCTAssertEqual(entry.themes.map(\.name), ["Loss", "Envy"])
        XCTAssertEqual(entry.themes.map(\.sessions), [3, 1])
        XCTAssertEqual(try store.clientRoster(themeLimit: 1).first?.themes.map(\.name), ["Loss"])
    }

    func testRosterLatestNoteIsTheLastSessionWithANoteAndSaysWhenItIsCut() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store).id!
        let visit = EditingVisit()
        let first = try store.createSession(clientID: client).id!
        try store.saveNote(sessionID: first, layer: .record, text: "Attended, on time.", visit: visit)
        let second = try store.createSession(clientID: client)
        try store.saveNote(sessionID: second.id!, layer: .process, text: "Dreamt of the harbour.\nThen silence.", visit: visit)
        _ = try store.createSession(clientID: client)  // no note yet
        var facts = try store.clientPreviewFacts(clientID: client, codeLimit: 1, excerptLength: 10)
        XCTAssertEqual(facts.latestNote?.sessionNumber, 2)
        XCTAssertEqual(facts.latestNote?.sessionID, second.id)
        XCTAssertEqual(facts.latestNote?.excerpt, "Dreamt of ")
        XCTAssertEqual(facts.latestNote?.isWhole, false)
        facts = try store.clientPreviewFacts(clientID: client, codeLimit: 1)
        XCTAssertEqual(facts.latestNote?.excerpt, "Dreamt of the harbour.\nThen silence.")
        XCTAssertEqual(facts.latestNote?.isWhole, true)
        XCTAssertEqual(try store.clientRoster(themeLimit: 1).first?.sessionCount, 3)
    }

    func testSessionRowsCarryCodesInNoteOrderAndAnExcerpt() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store).id!
        let session = try store.createSession(clientID: client).id!
        let denial = try tagID(store, "#denial")
        try store.addObservation(sessionID: session, tagID: denial)
        try store.saveNote(sessionID: session, layer: .process, text: "He joked #humor, then #isolation-of-affects",
                           visit: EditingVisit())
        let rows = try store.sessionRows(clientID: client, excerptLength: 9)
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows[0].noteExcerpt, "He joked ")
        XCTAssertFalse(rows[0].noteIsWhole)
        XCTAssertEqual(rows[0].tagIDs, try store.observations(sessionID: session).map(\.observation.tagID))
        XCTAssertEqual(rows[0].tagIDs.last, denial, "manual observations come after the inline ones")
    }

    func testAnalyticsMaterialAgreesWithAnalyticsInput() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store).id!
        let visit = EditingVisit()
        for text in ["Quiet #denial", "Laughed #humor! then #denial?", ""] {
            let session = try store.createSession(clientID: client).id!
            if !text.isEmpty { try store.saveNote(sessionID: session, layer: .process, text: text, visit: visit) }
        }
        let input = try store.analyticsInput(clientID: client)
        let material = try store.analyticsMaterial(clientID: client)
        XCTAssertEqual(material.sessions, input.sessions)
        XCTAssertEqual(Set(material.tags), Set(input.tags))
        XCTAssertEqual(material.tags.map(\.id), try store.tags(includeArchived: true).map(\.tag.id))
        XCTAssertEqual(material.client.code, "AM-014")
        XCTAssertEqual(material.sessions.map(\.date), try store.sessions(clientID: client).map(\.startedAt),
                       "the same dates as the sessions themselves, to the millisecond")
        let second = input.sessions[1]
        let stored = try store.observations(sessionID: second.id).map(\.observation)
        XCTAssertEqual(
            second.observations.map { "\($0.tagID):\($0.intensity)" }.sorted(),
            stored.map { "\($0.tagID):\($0.intensity)" }.sorted(), "every observation of the session, with its intensity")
        XCTAssertEqual(stored.count, 2)
    }

    func testMemoizedValuesAreReadAgainAfterAnyWrite() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store).id!
        var computed = 0
        func sessions() throws -> Int {
            try store.memoized("test", key: String(client)) {
                computed += 1
                return try store.sessions(clientID: client).count
            }
        }
        XCTAssertEqual(try sessions(), 0)
        XCTAssertEqual(try sessions(), 0)
        XCTAssertEqual(computed, 1, "nothing was written: the value is kept")
        try store.createSession(clientID: client)
        XCTAssertEqual(try sessions(), 1)
        XCTAssertEqual(computed, 2)

        // Another connection to the same file (another process, e.g. `casebook note`).
        let other = try CaseStore(url: folder.url.appendingPathComponent("casebook.sqlite"))
        try other.createSession(clientID: client)
        XCTAssertEqual(try sessions(), 2)
        XCTAssertEqual(computed, 3)
        try other.close()
    }

    func testRosterClientsEqualTheClientsReadOneByOne() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        _ = try makeClient(store)
        _ = try store.createClient(Client(
            code: "ZK-007", name: "Zoë Krüger", aliases: ["Zo", "Zoe \"K.\""], birthYear: 1988,
            intakeDate: Date(timeIntervalSince1970: 1_780_000_000), status: .paused, frequency: "2×/week",
            presentingConcerns: "Panic on trains.", supervisionQuestions: "Is the idealisation defensive?"))
        let roster = try store.clientRoster(themeLimit: 3)
        XCTAssertEqual(roster.map(\.code), ["AM-014", "ZK-007"])
        for entry in roster {
            let client = try XCTUnwrap(try store.client(id: entry.id))
            XCTAssertEqual(
                [entry.code, entry.name, entry.frequency, entry.presentingConcerns],
                [client.code, client.name, client.frequency, client.presentingConcerns])
            XCTAssertEqual(entry.aliases, client.aliases)
            XCTAssertEqual(entry.birthYear, client.birthYear)
            XCTAssertEqual(entry.intakeDate, client.intakeDate)
            XCTAssertEqual(entry.status, client.status)
        }
        XCTAssertEqual(try store.listClients(status: .paused).map(\.client.aliases), [["Zo", "Zoe \"K.\""]])
        for summary in try store.listClients() {
            XCTAssertEqual(summary.client, try store.client(id: summary.client.id!))
        }
    }

    func testRosterThemesTieBreakByNameThenKeepTheStoredOrder() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store).id!
        // Names whose order differs from their ids' and from a case-folded order.
        let names = ["beta", "Alpha", "alpha", "Ölbaum", "Zeta", "Alpha"]
        var ids: [Int64] = []
        for (index, name) in names.enumerated() {
            ids.append(try store.addTag(category: .theme, name: name, slug: "tie-\(index)").id!)
        }
        let session = try store.createSession(clientID: client).id!
        for id in ids { try store.addObservation(sessionID: session, tagID: id) }
        let expected = zip(names, ids).sorted { $0.0 < $1.0 }.map(\.1)
        for limit in 1...names.count {
            let entry = try XCTUnwrap(try store.clientRoster(themeLimit: limit).first)
            XCTAssertEqual(entry.themes.map(\.tagID), Array(expected.prefix(limit)), "limit \(limit)")
        }
    }

    func testRosterThemesOfManyClientsEqualEachClientsRankedCodes() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        var themes: [Int64] = []
        for (index, name) in ["Envy", "Loss", "Shame", "Guilt", "Rivalry"].enumerated() {
            themes.append(try store.addTag(category: .theme, name: name, slug: "many-\(index)").id!)
        }
        let defense = try tagID(store, "#humor")
        var clients: [Int64] = []
        for index in 0..<6 {
            let client = try makeClient(store, code: "MC-\(index)", name: "Client \(index)").id!
            clients.append(client)
            // Uneven counts with ties, differing by client.
            for number in 0..<(index + 2) {
                let session = try store.createSession(clientID: client).id!
                for (position, tag) in (themes + [defense]).enumerated() where (number * 7 + position * 3 + index) % 4 != 0 {
                    try store.addObservation(sessionID: session, tagID: tag)
                }
            }
        }
        for limit in [1, 3, 10] {
            let roster = Dictionary(uniqueKeysWithValues: try store.clientRoster(themeLimit: limit).map { ($0.id, $0.themes) })
            for client in clients {
                let ranked = try store.clientPreviewFacts(clientID: client, codeLimit: 100).codes.filter { $0.category == .theme }
                XCTAssertEqual(roster[client], Array(ranked.prefix(limit)), "client \(client), limit \(limit)")
            }
        }
    }

    func testExcerptsAreCutAtCodePointsInAnyScript() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let client = try makeClient(store).id!
        let session = try store.createSession(clientID: client).id!
        let note = "Zoë dreamt 夢 of Михаил 👩‍👧 at the café"
        try store.saveNote(sessionID: session, layer: .process, text: note, visit: EditingVisit())
        for length in [3, 12, 15, 24, 27, note.unicodeScalars.count - 1, note.unicodeScalars.count] {
            let row = try XCTUnwrap(try store.sessionRows(clientID: client, excerptLength: length).first)
            var expected = ""
            expected.unicodeScalars.append(contentsOf: note.unicodeScalars.prefix(length))
            XCTAssertEqual(row.noteExcerpt, expected, "\(length)")
            XCTAssertEqual(row.noteIsWhole, length >= note.unicodeScalars.count, "\(length)")
        }
    }
}
