import CasebookCore
@testable import CasebookTUI
import Foundation
import TerminalKit
import XCTest

/// Every casework tab, with its forms open, draws at any size without crashing and keeps its
/// title readable at the 60×16 minimum.
final class CaseworkSizesTests: XCTestCase {
    func testEveryTabDrawsFromTinyToHugeWithItsOverlaysOpen() throws {
        let fixture = try CaseworkFixture.make()
        defer { fixture.remove() }
        let store = fixture.store, id = fixture.clientID, now = fixture.clock.now
        try store.addMeasure(sessionID: fixture.sessionID(1), instrument: "PHQ-9", score: 11)
        try store.addEpisode(RelationshipEpisode(sessionID: fixture.sessionID(2), figureID: fixture.mother.id, narrative: "Called twice."))
        try store.saveFormulation(Formulation(clientID: id, presentingProblem: String(repeating: "Sleeps badly. ", count: 40)))
        let dream = try store.addTag(category: .dream, name: "Dream", slug: "dream")
        try store.addObservation(sessionID: fixture.sessionID(1), tagID: XCTUnwrap(dream.id), evidence: "A lift that never stops.")

        let formulation = try FormulationScreen.open(clientID: id, store: store, now: now)
        var formulationEditing = formulation
        _ = FormulationScreen.update(&formulationEditing, .key(KeyEvent(.enter)))
        let measures = try MeasuresScreen.open(clientID: id, store: store, now: now)
        var measuresForm = measures
        _ = MeasuresScreen.update(&measuresForm, .key(key("a")))
        let episodes = try EpisodesScreen.open(clientID: id, store: store, now: now)
        let episodesFlow = try EpisodesScreen.openAdd(sessionID: fixture.sessionID(1), store: store, now: now)
        let figures = try FiguresScreen.open(clientID: id, store: store, now: now)
        var figuresForm = figures
        _ = FiguresScreen.update(&figuresForm, .key(key("a")))
        let dreams = try DreamsScreen.open(clientID: id, store: store, now: now)

        let theme = Theme.builtinDefault
        let screens: [(title: String, draw: (Rect, inout Buffer) -> Position?)] = [
            ("Formulation", { FormulationScreen.render(formulation, in: $0, buffer: &$1, theme: theme, codeOnly: true) }),
            ("Formulation", { FormulationScreen.render(formulationEditing, in: $0, buffer: &$1, theme: theme, codeOnly: true) }),
            ("Measures", { MeasuresScreen.render(measures, in: $0, buffer: &$1, theme: theme, codeOnly: true) }),
            ("Add a measure", { MeasuresScreen.render(measuresForm, in: $0, buffer: &$1, theme: theme, codeOnly: true) }),
            ("Relationship episodes", { EpisodesScreen.render(episodes, in: $0, buffer: &$1, theme: theme, codeOnly: true) }),
            ("Add a relationship episode", { EpisodesScreen.render(episodesFlow, in: $0, buffer: &$1, theme: theme, codeOnly: true) }),
            ("Significant figures", { FiguresScreen.render(figures, in: $0, buffer: &$1, theme: theme, codeOnly: true) }),
            ("Add a figure", { FiguresScreen.render(figuresForm, in: $0, buffer: &$1, theme: theme, codeOnly: true) }),
            ("Dreams and memories", { DreamsScreen.render(dreams, in: $0, buffer: &$1, theme: theme, codeOnly: true) }),
        ]
        for screen in screens {
            for size in [Size(width: 1, height: 1), Size(width: 12, height: 4), Size(width: 30, height: 8), Size(width: 400, height: 120)] {
                _ = CaseworkFixture.render(size, screen.draw)
            }
            assertContains(CaseworkFixture.render(Size(width: 60, height: 16), screen.draw).lines, screen.title)
        }
    }
}
