import CasebookCore
@testable import CasebookTUI
import Foundation
import TerminalKit
import XCTest

/// The casework tabs over the first client of the fictional demo caseload, at 80×24 and 120×40.
final class CaseworkDemoSnapshotTests: XCTestCase {
    var fixture: CaseworkFixture!
    var demo: DemoClient!
    var clientID: Int64!
    let theme = Theme.builtinDefault

    override func setUpWithError() throws {
        fixture = try CaseworkFixture.make()
        demo = try XCTUnwrap(DemoCaseload.generate(clients: 1, sessionsPerClient: 24...24, seed: 7).clients.first)
        clientID = try CaseworkDemoLoader.load(demo, into: fixture.store)
    }

    override func tearDown() { fixture.remove() }

    func lines(_ size: Size, _ draw: (Rect, inout Buffer) -> Position?) -> [String] { CaseworkFixture.render(size, draw).lines }

    func testFormulationShowsTheDemoClientsFormulation() throws {
        let state = try FormulationScreen.open(clientID: clientID, store: fixture.store, now: fixture.clock.now)
        for size in [CaseworkFixture.small, CaseworkFixture.large] {
            let screen = lines(size) { FormulationScreen.render(state, in: $0, buffer: &$1, theme: theme, codeOnly: true) }
            assertContains(screen, "▸ Presenting problem")
            assertContains(screen, String(demo.formulation.presentingProblem.prefix(20)))
        }
    }

    func testEpisodesShowEveryDemoSessionWithEpisodesAndTheirLabels() throws {
        let state = try EpisodesScreen.open(clientID: clientID, store: fixture.store, now: fixture.clock.now)
        let count = demo.sessions.reduce(0) { $0 + $1.episodes.count }
        XCTAssertGreaterThan(count, 0, "the demo client has episodes")
        for size in [CaseworkFixture.small, CaseworkFixture.large] {
            let screen = lines(size) { EpisodesScreen.render(state, in: $0, buffer: &$1, theme: theme, codeOnly: true) }
            assertContains(screen, "Relationship episodes (CCRT) · \(count)")
            assertContains(screen, "W ")
            assertLacks(screen, demo.name)
            // The other is named by role; names appear only where the clinician wrote them in a narrative.
            let roles = Set(demo.figures.map(\.role) + ["therapist"])
            XCTAssertTrue(screen.contains { line in roles.contains { line.contains("  \($0) ") } })
        }
    }

    func testMeasuresShowTheDemoScoresWithBandsAndAChart() throws {
        let state = try MeasuresScreen.open(clientID: clientID, store: fixture.store, now: fixture.clock.now)
        // The newest score is selected and in view.
        let first = try XCTUnwrap(demo.sessions.last { !$0.measures.isEmpty }?.measures.last)
        for size in [CaseworkFixture.small, CaseworkFixture.large] {
            let screen = lines(size) { MeasuresScreen.render(state, in: $0, buffer: &$1, theme: theme, codeOnly: true) }
            assertContains(screen, first.instrument)
            assertContains(screen, "\(state.instruments[0]) over sessions")
            if let band = MeasureBand.band(instrument: first.instrument, score: Double(first.score)) { assertContains(screen, band) }
        }
    }

    func testDreamsListTheDemoDreamsAndMemories() throws {
        let state = try DreamsScreen.open(clientID: clientID, store: fixture.store, now: fixture.clock.now)
        XCTAssertFalse(state.items.isEmpty, "the demo client brought dreams or memories")
        guard !state.items.isEmpty else { return }
        for size in [CaseworkFixture.small, CaseworkFixture.large] {
            let screen = lines(size) { DreamsScreen.render(state, in: $0, buffer: &$1, theme: theme, codeOnly: true) }
            assertContains(screen, "Session \(state.items[0].sessionNumber) · ")
            assertContains(screen, String(CaseworkFormat.firstLine(state.items[0].observation.evidence).prefix(20)))
        }
    }

    func testFiguresShowRolesAndHideNames() throws {
        let state = try FiguresScreen.open(clientID: clientID, store: fixture.store, now: fixture.clock.now)
        for size in [CaseworkFixture.small, CaseworkFixture.large] {
            let screen = lines(size) { FiguresScreen.render(state, in: $0, buffer: &$1, theme: theme, codeOnly: true) }
            for figure in demo.figures { assertContains(screen, figure.role) }
            for figure in demo.figures where !figure.name.isEmpty { assertLacks(screen, figure.name) }
        }
    }
}
