import XCTest
@testable import CasebookCore

final class PatternsReportTests: XCTestCase {
    static let sessions = [
        Fixture.session(1, "attended", (Fixture.abandonment, 2), (Fixture.projection, 2), (Fixture.humor, 2)),
        Fixture.session(2, "attended", (Fixture.abandonment, 3), (Fixture.envy, 1), (Fixture.humor, 2)),
        Fixture.session(3, "cancelled"),
        Fixture.session(4, "attended", (Fixture.abandonment, 2), (Fixture.envy, 2), (Fixture.isolation, 2)),
    ]
    static let episodes = [
        AnalyzedEpisode(sessionNumber: 1, figure: "mother", wishTagID: 8, roTagID: 10, rsTagID: 12),
        AnalyzedEpisode(sessionNumber: 4, figure: "partner", wishTagID: 9, roTagID: 10),
    ]

    static func report() -> PatternsReport {
        PatternsReport.build(client: "AM-014", sessions: sessions, episodes: episodes, tags: Fixture.tags)
    }

    private func json() throws -> [String: Any] {
        let data = try JSONEncoder().encode(Self.report())
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func assertHasKeys(_ object: Any?, _ keys: Set<String>, file: StaticString = #filePath, line: UInt = #line) {
        guard let dictionary = object as? [String: Any] else {
            return XCTFail("not an object: \(String(describing: object))", file: file, line: line)
        }
        XCTAssertTrue(keys.isSubset(of: Set(dictionary.keys)), "missing \(keys.subtracting(dictionary.keys))", file: file, line: line)
    }

    func testJSONHasEveryKeyOfTheSpec() throws {
        let root = try json()
        assertHasKeys(root, ["client", "sessions", "odf", "recurrence", "cooccurrence", "ccrt"])
        let odf = try XCTUnwrap(root["odf"] as? [Any])
        assertHasKeys(odf.first, ["session", "odf"])
        let recurrence = try XCTUnwrap(root["recurrence"] as? [Any])
        assertHasKeys(recurrence.first, ["category", "tag", "slug", "sessions", "ratio", "first", "last", "longest_streak", "trend"])
        let pairs = try XCTUnwrap(root["cooccurrence"] as? [Any])
        assertHasKeys(pairs.first, ["a", "b", "count", "jaccard"])
        let ccrt = try XCTUnwrap(root["ccrt"] as? [String: Any])
        assertHasKeys(ccrt, ["episodes", "wish", "ro", "rs"])
        for component in ["wish", "ro", "rs"] {
            assertHasKeys((ccrt[component] as? [Any])?.first, ["tag", "pervasiveness"])
        }
    }

    func testJSONValuesMatchTheAnalyses() throws {
        let root = try json()
        XCTAssertEqual(root["client"] as? String, "AM-014")
        XCTAssertEqual(root["sessions"] as? Int, 3)
        XCTAssertEqual(root["sessions_not_held"] as? Int, 1)
        let abandonment = try XCTUnwrap((root["recurrence"] as? [[String: Any]])?.first)
        XCTAssertEqual(abandonment["category"] as? String, "theme")
        XCTAssertEqual(abandonment["slug"] as? String, "abandonment")
        XCTAssertEqual(abandonment["first"] as? Int, 1)
        XCTAssertEqual(abandonment["last"] as? Int, 4)
        XCTAssertEqual(abandonment["longest_streak"] as? Int, 3)
        XCTAssertEqual(abandonment["ratio"] as? Double, 1.0)
        XCTAssertEqual(abandonment["trend"] as? String, "flat")
        let odf = try XCTUnwrap(root["odf"] as? [[String: Any]])
        XCTAssertEqual(odf.map { $0["session"] as? Int }, [1, 2, 4])
        XCTAssertEqual(odf.map { $0["odf"] as? Double }, [5, 7, 6])
        let pair = try XCTUnwrap((root["cooccurrence"] as? [[String: Any]])?.first)
        XCTAssertEqual(pair["a"] as? String, "abandonment")
        XCTAssertEqual(pair["b"] as? String, "envy")
        XCTAssertEqual(pair["count"] as? Int, 2)
        let ccrt = try XCTUnwrap(root["ccrt"] as? [String: Any])
        XCTAssertEqual(ccrt["episodes"] as? Int, 2)
        let ro = try XCTUnwrap(ccrt["ro"] as? [[String: Any]])
        XCTAssertEqual(ro.first?["tag"] as? String, "rejecting and opposing")
        XCTAssertEqual(ro.first?["pervasiveness"] as? Double, 1.0)
        assertHasKeys(root["defense_profile"], ["window", "first_third", "last_third", "odf_shift"])
    }

    func testMissingODFIsWrittenAsNull() throws {
        let report = PatternsReport.build(
            client: "AM-014", sessions: [Fixture.session(1, "attended", (Fixture.envy, 2))], episodes: [], tags: Fixture.tags)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any])
        XCTAssertTrue(root["odf_overall"] is NSNull)
        let profile = try XCTUnwrap(root["defense_profile"] as? [String: Any])
        XCTAssertTrue(profile["first_third"] is NSNull, "one session has no thirds, and the key says so")
        XCTAssertTrue((profile["window"] as? [String: Any])?["odf"] is NSNull)
    }

    func testReportRoundTripsThroughJSON() throws {
        let report = Self.report()
        XCTAssertEqual(try JSONDecoder().decode(PatternsReport.self, from: JSONEncoder().encode(report)), report)
    }

    func testWindowOptionNarrowsTheReport() {
        var options = PatternsReport.Options()
        options.window = .lastN(2)
        let report = PatternsReport.build(
            client: "AM-014", sessions: Self.sessions, episodes: Self.episodes, tags: Fixture.tags, options: options)
        XCTAssertEqual(report.sessions, 1)
        XCTAssertEqual(report.sessionsNotHeld, 1)
        XCTAssertEqual(report.odf.map(\.session), [4])
        XCTAssertEqual(report.ccrt.episodes, 1)
    }
}
