import CasebookCore
@testable import CasebookTUI
import Foundation
import TerminalKit
import XCTest

final class MeasuresScreenTests: XCTestCase {
    var fixture: CaseworkFixture!
    let theme = Theme.builtinDefault

    override func setUpWithError() throws { fixture = try CaseworkFixture.make() }
    override func tearDown() { fixture.remove() }

    @discardableResult
    func send(_ state: inout MeasuresState, _ events: [KeyEvent]) -> [MeasuresEffect] {
        var all: [MeasuresEffect] = []
        var queue = events.map { MeasuresInput.key($0) }
        while !queue.isEmpty {
            let effects = MeasuresScreen.update(&state, queue.removeFirst())
            all += effects
            for effect in effects { queue += MeasuresScreen.run(effect, store: fixture.store, now: fixture.clock.now) }
        }
        return all
    }

    func render(_ state: MeasuresState, _ size: Size) -> [String] {
        CaseworkFixture.render(size) { MeasuresScreen.render(state, in: $0, buffer: &$1, theme: theme, codeOnly: true) }.lines
    }

    func testAPHQ9ScoreOf30IsRefusedWithAMessageThenTwelveIsSavedAsModerate() throws {
        var state = try MeasuresScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, [key("a"), KeyEvent(.tab)] + typing("30") + [KeyEvent(.enter)])
        XCTAssertEqual(state.form?.error, "PHQ-9 scores run from 0 to 27; 30 is outside that range.")
        XCTAssertTrue(try fixture.store.measures(clientID: fixture.clientID).isEmpty)
        assertContains(render(state, CaseworkFixture.small), "PHQ-9 scores run from 0 to 27; 30 is outside that range.")

        send(&state, [KeyEvent(.backspace), KeyEvent(.backspace)] + typing("12") + [KeyEvent(.enter)])
        XCTAssertNil(state.form)
        let stored = try fixture.store.measures(clientID: fixture.clientID)
        XCTAssertEqual(stored.map(\.score), [12])
        XCTAssertEqual(stored.first?.sessionID, try fixture.sessionID(4), "the latest session by default")
        XCTAssertEqual(state.request, .status("Added PHQ-9 12 (moderate)"))

        let lines = render(state, CaseworkFixture.large)
        XCTAssertTrue(lines.contains { $0.contains("#4") && $0.contains("PHQ-9") && $0.contains("12") && $0.contains("moderate") })
    }

    func testGAD7RefusesFractionsAndCustomInstrumentsTakeAnyNumber() throws {
        var state = try MeasuresScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, [key("a"), KeyEvent(.right), KeyEvent(.tab)] + typing("7.5") + [KeyEvent(.enter)])
        XCTAssertEqual(state.form?.error, "GAD-7 scores are whole numbers; 7.5 is not one.")
        send(&state, [KeyEvent(.escape)])
        XCTAssertNil(state.form)

        send(&state, [key("a"), KeyEvent(.backTab), KeyEvent(.left), KeyEvent(.tab), KeyEvent(.left)])
        XCTAssertTrue(state.form?.isCustom ?? false)
        send(&state, [KeyEvent(.tab)] + typing("ORS") + [KeyEvent(.tab)] + typing("31.5") + [KeyEvent(.enter)])
        let stored = try fixture.store.measures(clientID: fixture.clientID)
        XCTAssertEqual(stored.map(\.instrument), ["ORS"])
        XCTAssertEqual(stored.map(\.score), [31.5])
        XCTAssertEqual(stored.first?.sessionID, try fixture.sessionID(3), "Left on the session field picked the one before")
    }

    func testSeverityBandsFollowThePublishedCutOffs() {
        let phq = [0, 4, 5, 9, 10, 14, 15, 19, 20, 27].map { MeasureBand.band(instrument: "PHQ-9", score: Double($0)) }
        XCTAssertEqual(phq, ["minimal", "minimal", "mild", "mild", "moderate", "moderate", "moderately severe", "moderately severe", "severe", "severe"])
        let gad = [4, 5, 10, 14, 15, 21].map { MeasureBand.band(instrument: "GAD-7", score: Double($0)) }
        XCTAssertEqual(gad, ["minimal", "mild", "moderate", "moderate", "severe", "severe"])
        XCTAssertNil(MeasureBand.band(instrument: "ORS", score: 20))
        XCTAssertThrowsError(try MeasureEntry.validate(instrument: "GAD-7", score: "22"))
        XCTAssertThrowsError(try MeasureEntry.validate(instrument: "PHQ-9", score: "-1"))
        XCTAssertThrowsError(try MeasureEntry.validate(instrument: "PHQ-9", score: "twelve")) { error in
            XCTAssertEqual(error as? MeasureEntryError, .notANumber("twelve"))
        }
    }

    func testTheChartFollowsTheChosenInstrumentAcrossSessions() throws {
        for (number, phq, gad) in [(1, 18.0, 12.0), (2, 14.0, 9.0), (3, 9.0, 6.0), (4, 6.0, 4.0)] {
            try fixture.store.addMeasure(sessionID: fixture.sessionID(number), instrument: "PHQ-9", score: phq)
            try fixture.store.addMeasure(sessionID: fixture.sessionID(number), instrument: "GAD-7", score: gad)
        }
        var state = try MeasuresScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        XCTAssertEqual(state.chartInstrument, "PHQ-9")
        XCTAssertEqual(state.chartPoints.map(\.score), [18, 14, 9, 6])
        for size in [CaseworkFixture.small, CaseworkFixture.large] {
            let lines = render(state, size)
            assertContains(lines, "PHQ-9 over sessions · sessions 1–4 · i: next instrument")
            XCTAssertTrue(lines.joined().unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "the line is drawn in braille")
            assertContains(lines, "27│")
            assertContains(lines, "moderately severe")
        }
        send(&state, [KeyEvent(.tab)])
        XCTAssertEqual(state.chartInstrument, "GAD-7")
        XCTAssertEqual(state.chartPoints.map(\.score), [12, 9, 6, 4])
        assertContains(render(state, CaseworkFixture.large), "21│")
        send(&state, [key("i")])
        XCTAssertEqual(state.chartInstrument, "PHQ-9")
    }

    func testRemovingAMeasureAsksFirst() throws {
        try fixture.store.addMeasure(sessionID: fixture.sessionID(2), instrument: "PHQ-9", score: 8)
        var state = try MeasuresScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, [key("d")])
        assertContains(render(state, CaseworkFixture.small), "Remove PHQ-9 8 of session 2?")
        send(&state, [key("n")])
        XCTAssertEqual(try fixture.store.measures(clientID: fixture.clientID).count, 1)
        send(&state, [key("d"), key("y")])
        XCTAssertTrue(try fixture.store.measures(clientID: fixture.clientID).isEmpty)
        XCTAssertTrue(state.measures.isEmpty)
        assertContains(render(state, CaseworkFixture.small), "No measures yet")
    }

    func testEscapeLeavesTheTabButTypesIntoTheScoreField() throws {
        var state = try MeasuresScreen.open(clientID: fixture.clientID, store: fixture.store, now: fixture.clock.now)
        send(&state, [key("a"), KeyEvent(.tab)])
        XCTAssertTrue(MeasuresScreen.isEditingText(state))
        send(&state, [key("q")])
        XCTAssertNil(state.request)
        XCTAssertEqual(state.form?.score.text, "q")
        send(&state, [KeyEvent(.escape), KeyEvent(.escape)])
        XCTAssertEqual(state.request, .close)
    }

    func testAClientWithoutSessionsIsToldToAddOneFirst() throws {
        let client = try fixture.store.createClient(Client(code: "BN-002", name: "Bo Nils", intakeDate: CaseworkFixture.start))
        var state = try MeasuresScreen.open(clientID: XCTUnwrap(client.id), store: fixture.store, now: fixture.clock.now)
        send(&state, [key("a")])
        XCTAssertNil(state.form)
        XCTAssertEqual(state.request, .status("This client has no session yet; add a session first, then its measures."))
    }
}
