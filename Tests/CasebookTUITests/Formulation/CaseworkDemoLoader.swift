import CasebookCore
import Foundation
import XCTest

/// Writes one client of the demo caseload into a store through the public API, until the
/// shared DemoWriter lands; enough for the casework tabs (figures, formulation, sessions with
/// their notes, measures and episodes).
enum CaseworkDemoLoader {
    static func load(_ demo: DemoClient, into store: CaseStore) throws -> Int64 {
        for theme in DemoCaseload.themes where try store.tags(category: theme.category).allSatisfy({ $0.tag.slug != theme.slug }) {
            try store.addTag(category: theme.category, name: theme.name, slug: theme.slug, description: theme.description)
        }
        let client = try store.createClient(Client(code: demo.code, name: demo.name, aliases: demo.aliases, intakeDate: demo.intakeDate))
        let clientID = try XCTUnwrap(client.id)
        var figureIDs: [String: Int64] = [:]
        for figure in demo.figures {
            figureIDs[figure.role] = try store.addFigure(clientID: clientID, role: figure.role, name: figure.name).id
        }
        let f = demo.formulation
        try store.saveFormulation(Formulation(
            clientID: clientID, presentingProblem: f.presentingProblem, coreConflict: f.coreConflict, ccrtSummary: f.ccrtSummary,
            defensiveStyle: f.defensiveStyle, development: f.development, treatmentGoals: f.treatmentGoals))
        func tagID(_ category: TagCategory, _ slug: String) throws -> Int64? {
            try store.tags(category: category).first { $0.tag.slug == slug }?.tag.id
        }
        for demoSession in demo.sessions {
            let session = try store.createSession(
                clientID: clientID, startedAt: demoSession.date, durationMinutes: demoSession.durationMinutes,
                attendance: Attendance(rawValue: demoSession.attendance) ?? .attended, modality: Modality(rawValue: demoSession.modality) ?? .inPerson)
            let sessionID = try XCTUnwrap(session.id)
            if !demoSession.processNote.isEmpty {
                try store.saveNote(sessionID: sessionID, layer: .process, text: demoSession.processNote, visit: EditingVisit())
            }
            for measure in demoSession.measures {
                try store.addMeasure(sessionID: sessionID, instrument: measure.instrument, score: Double(measure.score))
            }
            for episode in demoSession.episodes {
                try store.addEpisode(RelationshipEpisode(
                    sessionID: sessionID, figureID: episode.figureRole.flatMap { figureIDs[$0] }, narrative: episode.narrative,
                    wishTagID: try tagID(.ccrtWish, episode.wishSlug), roTagID: try tagID(.ccrtRO, episode.roSlug),
                    rsTagID: try tagID(.ccrtRS, episode.rsSlug), roPositive: episode.roPositive, rsPositive: episode.rsPositive))
            }
        }
        return clientID
    }
}
