import CasebookCore
@testable import CasebookTUI
import Foundation
import TerminalKit
import XCTest

final class EpisodesScreenTests: XCTestCase {
    var fixture: CaseworkFixture!
    let theme = Theme.builtinDefault

    override func setUpWithError() throws { fixture = try CaseworkFixture.make() }
    override func tearDown() { fixture.remove() }

    @discardableResult
    func send(_ state: inout EpisodesState, _ events: [KeyEvent]) -> [EpisodesEffect] {
        var all: [EpisodesEffect] = []
        var queue = events.map { EpisodesInput.key($0) }
        while !queue.isEmpty {
            let effects = EpisodesScreen.update(&state, queue.removeFirst())
            all += effects
            for effect in effects { queue += EpisodesScreen.run(effect, store: fixture.store, now: fixture.clock.now) }
        }
        return all
    }

    func render(_ state: EpisodesState, _ size: Size) -> [String] {
        CaseworkFixture.render(size) { EpisodesScreen.render(state, in: $0, buffer: &$1, theme: theme, codeOnly: true) }.lines
    }

    func testAddingAnEpisodeWithFigureWishAndSignedResponses() throws {
        var state = try EpisodesScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, [key("a")])
        XCTAssertEqual(state.draft?.step, .session)
        XCTAssertEqual(state.draft?.picker?.selectedItem?.label, "Session 4 · 2026-01-22", "the latest session is offered first")
        XCTAssertTrue(EpisodesScreen.isEditingText(state))

        send(&state, [KeyEvent(.enter)] + typing("moth") + [KeyEvent(.enter)])
        XCTAssertEqual(state.draft?.figure, .figure(fixture.mother.id!))
        XCTAssertEqual(state.draft?.step, .narrative)
        send(&state, typing("Mother forgot to pick her up; she said it did not matter.") + [KeyEvent(.enter)])
        send(&state, typing("loved") + [KeyEvent(.enter)])
        XCTAssertEqual(state.draft?.step, .responseOfOther)
        send(&state, typing("reject") + [KeyEvent(.enter)])
        let screen = render(state, CaseworkFixture.large)
        assertContains(screen, "Response of self (RS)")
        assertContains(screen, "Rejecting and opposing")
        send(&state, [key("+")] + typing("self-con") + [KeyEvent(.enter)])

        XCTAssertNil(state.draft)
        let stored = try XCTUnwrap(try fixture.store.episodes(clientID: fixture.clientID).first)
        XCTAssertEqual(stored.sessionID, try fixture.sessionID(4))
        XCTAssertEqual(stored.figureID, fixture.mother.id)
        XCTAssertEqual(stored.narrative, "Mother forgot to pick her up; she said it did not matter.")
        XCTAssertEqual(stored.wishTagID, try fixture.tagID(.ccrtWish, "to-be-loved"))
        XCTAssertEqual(stored.roTagID, try fixture.tagID(.ccrtRO, "rejecting"))
        XCTAssertEqual(stored.rsTagID, try fixture.tagID(.ccrtRS, "self-confident"))
        XCTAssertFalse(stored.roPositive)
        XCTAssertTrue(stored.rsPositive)

        for size in [CaseworkFixture.small, CaseworkFixture.large] {
            let lines = render(state, size)
            assertContains(lines, "Session 4 · 2026-01-22")
            XCTAssertTrue(lines.contains { $0.contains("mother") && $0.contains("Mother forgot to pick her up") })
        }
        let large = render(state, CaseworkFixture.large)
        assertContains(large, "W to be loved and understood · RO− rejecting and opposing · RS+ self-controlled and self-confident")
        let small = render(state, CaseworkFixture.small)
        assertContains(small, "W to-be-loved · RO− rejecting · RS+ self-confident")
    }

    func testTheTherapistAndANewFigureCanBeTheOtherAndCodesCanBeSkipped() throws {
        var state = try EpisodesScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, [key("a"), KeyEvent(.down), KeyEvent(.enter)] + typing("therap") + [KeyEvent(.enter)])
        send(&state, typing("Asked whether I would be away in August.") + [KeyEvent(.enter), KeyEvent(.tab), KeyEvent(.tab), KeyEvent(.tab)])
        var episodes = try fixture.store.episodes(clientID: fixture.clientID)
        XCTAssertEqual(episodes.count, 1)
        XCTAssertNil(episodes[0].figureID, "nil means the therapist")
        XCTAssertEqual(episodes[0].sessionID, try fixture.sessionID(3))
        XCTAssertNil(episodes[0].wishTagID)
        assertContains(render(state, CaseworkFixture.small), "not scored")

        send(&state, [key("a"), KeyEvent(.enter)] + typing("new fig") + [KeyEvent(.enter)])
        XCTAssertEqual(state.draft?.step, .newFigure)
        send(&state, [KeyEvent(.enter)])
        XCTAssertNotNil(state.draft?.error, "a new figure needs a role")
        send(&state, typing("boss") + [KeyEvent(.enter)] + typing("Praised her report in front of everyone.") + [KeyEvent(.enter)])
        send(&state, [KeyEvent(.tab), key("+"), KeyEvent(.down), KeyEvent(.enter)])
        XCTAssertEqual(state.draft?.step, .responseOfSelf)
        send(&state, [KeyEvent(.tab)])
        episodes = try fixture.store.episodes(clientID: fixture.clientID)
        let boss = try XCTUnwrap(try fixture.store.figures(clientID: fixture.clientID).first { $0.role == "boss" })
        XCTAssertEqual(episodes.last?.figureID, boss.id)
        XCTAssertEqual(episodes.last?.roPositive, true)
        XCTAssertEqual(episodes.last?.roTagID, try fixture.tagID(.ccrtRO, "strong"), "the first cluster after “skip”")
        XCTAssertNil(episodes.last?.rsTagID)
    }

    func testEscapeStepsBackAndAskBeforeDroppingATypedNarrative() throws {
        var state = try EpisodesScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, [key("a"), KeyEvent(.enter), KeyEvent(.enter)] + typing("She cried"))
        send(&state, [KeyEvent(.escape)])
        XCTAssertEqual(state.draft?.step, .figure)
        send(&state, [KeyEvent(.escape)])
        XCTAssertEqual(state.draft?.step, .session)
        send(&state, [KeyEvent(.escape)])
        XCTAssertNotNil(state.draft, "the first Esc at the start only warns")
        XCTAssertEqual(state.draft?.narrative.text, "She cried")
        send(&state, [KeyEvent(.escape)])
        XCTAssertNil(state.draft)
        XCTAssertNil(state.request, "leaving the flow stays on the tab")
        XCTAssertTrue(try fixture.store.episodes(clientID: fixture.clientID).isEmpty)
    }

    func testOpenAddFromASessionStartsAtTheFigureAndClosesWhenDone() throws {
        var state = try EpisodesScreen.openAdd(sessionID: fixture.sessionID(2), store: fixture.store, now: fixture.clock.now)
        XCTAssertEqual(state.draft?.step, .figure)
        XCTAssertEqual(state.draft?.sessionID, try fixture.sessionID(2))
        assertContains(render(state, CaseworkFixture.small), "With whom?")
        send(&state, typing("partner") + [KeyEvent(.enter)] + typing("Left without a word.") + [KeyEvent(.enter), KeyEvent(.tab), KeyEvent(.tab), KeyEvent(.tab)])
        XCTAssertEqual(state.request, .close)
        XCTAssertEqual(try fixture.store.episodes(sessionID: fixture.sessionID(2)).first?.figureID, fixture.partner.id)

        var cancelled = try EpisodesScreen.openAdd(sessionID: fixture.sessionID(2), store: fixture.store, now: fixture.clock.now)
        send(&cancelled, [KeyEvent(.escape)])
        XCTAssertEqual(cancelled.request, .close)
    }

    func testRemovingAnEpisodeAsksFirst() throws {
        try fixture.store.addEpisode(RelationshipEpisode(sessionID: fixture.sessionID(1), figureID: fixture.mother.id, narrative: "Phoned late at night."))
        var state = try EpisodesScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, [key("d")])
        assertContains(render(state, CaseworkFixture.small), "Remove this episode with mother?")
        send(&state, [key("n")])
        XCTAssertEqual(try fixture.store.episodes(clientID: fixture.clientID).count, 1)
        send(&state, [key("d"), key("y")])
        XCTAssertTrue(try fixture.store.episodes(clientID: fixture.clientID).isEmpty)
        assertContains(render(state, CaseworkFixture.small), "No relationship episodes yet")
    }

    func testMinusMarksTheResponseNegativeBeforeTypingAndIsPartOfTheQueryAfter() throws {
        var state = try EpisodesScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, [key("a"), KeyEvent(.enter), KeyEvent(.enter), KeyEvent(.enter), KeyEvent(.tab), key("+")])
        XCTAssertEqual(state.draft?.roPositive, true)
        send(&state, [key("-")])
        XCTAssertEqual(state.draft?.roPositive, false)
        XCTAssertEqual(state.draft?.picker?.query, "")
        send(&state, [KeyEvent(.tab), key("+")] + typing("self-con"))
        XCTAssertEqual(state.draft?.rsPositive, true, "a hyphen typed in a query leaves the sign alone")
        XCTAssertEqual(state.draft?.picker?.query, "self-con")
        XCTAssertEqual(state.draft?.picker?.selectedItem?.label, "Self-controlled and self-confident")
    }

    func testAClientWithoutSessionsIsToldEpisodesBelongToASession() throws {
        let client = try fixture.store.createClient(Client(code: "BN-002", name: "Bo Nils", intakeDate: CaseworkFixture.start))
        var state = try EpisodesScreen.open(clientID: XCTUnwrap(client.id), store: fixture.store, now: fixture.clock.now)
        send(&state, [key("a")])
        XCTAssertNil(state.draft)
        XCTAssertEqual(state.request, .status("This client has no session yet; episodes belong to a session, so add one first."))
    }

    func testFlushSavesAnEpisodeBeingTypedSoTheNarrativeIsNotLost() throws {
        var state = try EpisodesScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, [key("a"), KeyEvent(.enter)] + typing("partner") + [KeyEvent(.enter)] + typing("Slammed the door"))
        EpisodesScreen.flush(&state, store: fixture.store, now: fixture.clock.now)
        let episode = try XCTUnwrap(try fixture.store.episodes(clientID: fixture.clientID).first)
        XCTAssertEqual(episode.narrative, "Slammed the door")
        XCTAssertEqual(episode.figureID, fixture.partner.id)
        XCTAssertNil(state.draft)

        var empty = try EpisodesScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&empty, [key("a")])
        EpisodesScreen.flush(&empty, store: fixture.store, now: fixture.clock.now)
        XCTAssertEqual(try fixture.store.episodes(clientID: fixture.clientID).count, 1, "nothing typed, nothing saved")
    }
}
