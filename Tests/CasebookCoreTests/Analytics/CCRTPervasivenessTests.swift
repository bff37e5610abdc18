import XCTest
@testable import CasebookCore

final class CCRTPervasivenessTests: XCTestCase {
    private let sessions = (1...4).map { Fixture.session($0, $0 == 3 ? "cancelled" : "attended") }
    private let episodes = [
        AnalyzedEpisode(sessionNumber: 1, figure: "mother", wishTagID: 8, roTagID: 10, rsTagID: 12, roPositive: false),
        AnalyzedEpisode(sessionNumber: 2, figure: "mother", wishTagID: 8, roTagID: 10),
        AnalyzedEpisode(sessionNumber: 2, figure: "partner", wishTagID: 9, roTagID: 11, roPositive: true),
        AnalyzedEpisode(sessionNumber: 4, figure: "partner", wishTagID: 9, rsTagID: 12),
        AnalyzedEpisode(sessionNumber: 3, figure: "partner", wishTagID: 9),
    ]

    private func shares(_ list: [CCRTCategoryShare]) -> [String] {
        list.map { "\($0.tag.slug) \(String(format: "%.3f", $0.pervasiveness))" }
    }

    func testPervasivenessIsShareOfEpisodesWithTheComponentScored() {
        let ccrt = CCRTPervasiveness.compute(episodes: episodes, sessions: sessions, tags: Fixture.tags).overall
        XCTAssertEqual(ccrt.episodes, 4, "the episode of the cancelled session is left out")
        XCTAssertEqual(ccrt.scoredRO, 3)
        XCTAssertEqual(shares(ccrt.ro), ["rejecting 0.667", "understanding 0.333"])
        XCTAssertEqual(ccrt.scoredRS, 2)
        XCTAssertEqual(shares(ccrt.rs), ["disappointed 1.000"])
        XCTAssertEqual(ccrt.coreRO, Fixture.rejecting)
        XCTAssertEqual(ccrt.coreRS, Fixture.disappointed)
    }

    func testTiedWishesGoToTheNameFirstAlphabetically() {
        let ccrt = CCRTPervasiveness.compute(episodes: episodes, sessions: sessions, tags: Fixture.tags).overall
        XCTAssertEqual(shares(ccrt.wish), ["close 0.500", "loved 0.500"])
        XCTAssertEqual(ccrt.coreWish, Fixture.close)
    }

    func testAWindowChangesTheCoreWish() {
        let ccrt = CCRTPervasiveness.compute(
            episodes: episodes, sessions: sessions, tags: Fixture.tags, window: .sessionRange(2...4)
        ).overall
        XCTAssertEqual(ccrt.episodes, 3)
        XCTAssertEqual(shares(ccrt.wish), ["loved 0.667", "close 0.333"])
        XCTAssertEqual(ccrt.coreWish, Fixture.loved)
    }

    func testPerFigureBreakdown() {
        let byFigure = CCRTPervasiveness.compute(episodes: episodes, sessions: sessions, tags: Fixture.tags).byFigure
        XCTAssertEqual(byFigure.map(\.figure), ["mother", "partner"])
        XCTAssertEqual(byFigure[0].components.coreWish, Fixture.close)
        XCTAssertEqual(byFigure[1].components.coreWish, Fixture.loved)
        XCTAssertEqual(shares(byFigure[1].components.ro), ["understanding 1.000"])
        XCTAssertEqual(byFigure[1].components.episodes, 2)
    }

    func testResponsesCountPositiveAndNegativeMarks() {
        let ccrt = CCRTPervasiveness.compute(episodes: episodes, sessions: sessions, tags: Fixture.tags).overall
        let rejecting = ccrt.ro.first { $0.tag == Fixture.rejecting }
        XCTAssertEqual(rejecting?.negative, 1, "episode 1 marked negative")
        XCTAssertEqual(rejecting?.positive, 0, "episode 2 left unmarked")
        XCTAssertEqual(ccrt.ro.first { $0.tag == Fixture.understanding }?.positive, 1)
    }

    func testNoEpisodesGiveNoCCRT() {
        let ccrt = CCRTPervasiveness.compute(episodes: [], sessions: sessions, tags: Fixture.tags).overall
        XCTAssertEqual(ccrt.episodes, 0)
        XCTAssertNil(ccrt.coreWish)
    }
}
