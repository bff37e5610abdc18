import CasebookCore
import Foundation
import XCTest

final class NoteAndSearchCommandTests: CLITestCase {
    private let note = "Zoë said nobody ever waits for her #abandonment and laughed it off #humor? Then the 夢 came back #not-a-code."

    func testNoteFromStdinBecomesSessionWithInlineObservations() throws {
        let code = try XCTUnwrap(writeDemo(clients: 1).first)
        let before = try XCTUnwrap(try cli.run(["sessions", code, "--json"]).json() as? [[String: Any]])
        let result = try cli.run(["note", code, "--date", "2026-11-02 14:00"], stdin: note)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Session \(before.count + 1)"), result.stdout)
        XCTAssertTrue(result.stderr.contains("#not-a-code"), "unknown slug not reported: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("casebook codebook"), "no way forward offered: \(result.stderr)")

        let after = try XCTUnwrap(try cli.run(["sessions", code, "--json"]).json() as? [[String: Any]])
        let added = try XCTUnwrap(after.last)
        XCTAssertEqual(added["number"] as? Int, before.count + 1)
        XCTAssertTrue((added["date"] as? String ?? "").hasPrefix("2026-11-02T14:00"), "\(added["date"] ?? "")")
        let observations = try XCTUnwrap(added["observations"] as? [[String: Any]])
        XCTAssertEqual(observations.compactMap { $0["slug"] as? String }, ["abandonment", "humor"])
        XCTAssertEqual(observations.compactMap { $0["intensity"] as? Int }, [2, 1])
        XCTAssertTrue(observations.allSatisfy { $0["source"] as? String == "inline" })
        XCTAssertTrue((observations[0]["evidence"] as? String ?? "").contains("Zoë"), "\(observations[0])")

        // The text, accents, CJK and the unknown tag included, is stored exactly as typed.
        let store = try CaseStore(path: cli.databasePath)
        let client = try store.requireClient(code)
        let session = try XCTUnwrap(store.session(clientID: try XCTUnwrap(client.id), number: before.count + 1))
        XCTAssertEqual(session.processNote, note)
    }

    func testAddingAnUnknownSlugCodesTheNoteThatUsedIt() throws {
        let code = try XCTUnwrap(writeDemo(clients: 1).first)
        let saved = try cli.run(["note", code], stdin: note)
        XCTAssertTrue(saved.stderr.contains("casebook codebook --add not-a-code"), saved.stderr)
        let added = try cli.run(["codebook", "--add", "not-a-code", "--name", "Dream of the sea"])
        XCTAssertEqual(added.status, 0, added.stderr)
        let sessions = try XCTUnwrap(try cli.run(["sessions", code, "--json"]).json() as? [[String: Any]])
        let observations = try XCTUnwrap(sessions.last?["observations"] as? [[String: Any]])
        XCTAssertEqual(observations.compactMap { $0["slug"] as? String }, ["abandonment", "humor", "not-a-code"])
        XCTAssertEqual(observations.last?["category"] as? String, "theme")
        let again = try cli.run(["codebook", "--add", "not-a-code"])
        XCTAssertNotEqual(again.status, 0)
        XCTAssertTrue(again.stderr.contains("already has theme/not-a-code"), again.stderr)
    }

    func testRecordLayerNoteIsNotParsedForTags() throws {
        let code = try XCTUnwrap(writeDemo(clients: 1).first)
        let result = try cli.run(["note", code, "--layer", "record"], stdin: "Attended. Plan: continue weekly. #abandonment")
        XCTAssertEqual(result.status, 0, result.stderr)
        let sessions = try XCTUnwrap(try cli.run(["sessions", code, "--json"]).json() as? [[String: Any]])
        XCTAssertEqual((sessions.last?["observations"] as? [Any])?.count, 0)
    }

    func testEmptyNoteIsRefusedAndNoSessionAdded() throws {
        let code = try XCTUnwrap(writeDemo(clients: 1).first)
        let before = try XCTUnwrap(try cli.run(["sessions", code, "--json"]).json() as? [Any]).count
        let result = try cli.run(["note", code], stdin: "  \n\n")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("empty"), result.stderr)
        XCTAssertEqual(try XCTUnwrap(try cli.run(["sessions", code, "--json"]).json() as? [Any]).count, before)
    }

    func testNoteThatIsNotUTF8IsRefusedAndNothingSaved() throws {
        let code = try XCTUnwrap(writeDemo(clients: 1).first)
        let before = try XCTUnwrap(try cli.run(["sessions", code, "--json"]).json() as? [Any]).count
        let latin1 = try XCTUnwrap("Zoë rêvait".data(using: .isoLatin1))
        let result = try cli.run(["note", code], input: latin1)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("UTF-8"), result.stderr)
        XCTAssertEqual(try XCTUnwrap(try cli.run(["sessions", code, "--json"]).json() as? [Any]).count, before)
    }

    func testBadDateIsRefusedWithTheExpectedFormat() throws {
        let code = try XCTUnwrap(writeDemo(clients: 1).first)
        let result = try cli.run(["note", code, "--date", "2.11.2026"], stdin: "Some text")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("YYYY-MM-DD"), result.stderr)
    }

    func testSearchFindsNoteIgnoringDiacriticsWithSpecKeys() throws {
        let code = try XCTUnwrap(writeDemo(clients: 2).first)
        XCTAssertEqual(try cli.run(["note", code], stdin: note).status, 0)
        let result = try cli.run(["search", "zoe", "--client", code, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let hits = try XCTUnwrap(try result.json() as? [[String: Any]])
        XCTAssertFalse(hits.isEmpty)
        for hit in hits { assertKeys(hit, ["client", "session", "date", "layer", "snippet", "rank"], "search hit") }
        XCTAssertTrue(hits.contains { ($0["snippet"] as? String ?? "").contains("Zoë") && $0["client"] as? String == code })
    }

    func testSearchMarksMatchesWithBracketsWhenPiped() throws {
        let code = try XCTUnwrap(writeDemo(clients: 1).first)
        XCTAssertEqual(try cli.run(["note", code], stdin: note).status, 0)
        let result = try cli.run(["search", "Zoe"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("[Zoë]"), result.stdout)
        XCTAssertFalse(result.stdout.contains("\u{1B}"), "escape codes in piped output")
    }
}

final class SearchDuplicateTests: CLITestCase {
    func testEvidenceSharedByTwoTagsIsListedOnce() throws {
        let code = try XCTUnwrap(writeDemo(clients: 1).first)
        let note = "Quintessentially alone again #abandonment #shame"
        XCTAssertEqual(try cli.run(["note", code], stdin: note).status, 0)
        let hits = try XCTUnwrap(try cli.run(["search", "quintessentially", "--json"]).json() as? [[String: Any]])
        let evidence = hits.filter { $0["layer"] as? String == "evidence" }
        XCTAssertEqual(evidence.count, 1, "\(hits)")
        XCTAssertEqual(hits.filter { $0["layer"] as? String == "process" }.count, 1)
    }
}
