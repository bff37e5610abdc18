import Foundation
@testable import CasebookCore

/// Writes a fictional caseload into a store through its public operations, the way a clinician's
/// work gets there (notes saved, so inline tags become observations). A stand-in until the shared
/// `DemoWriter` is merged; it also adds what the demo lacks and a round trip must carry: a nested
/// custom theme with a colour, an archived code, a signed session with an amendment, note and
/// formulation revisions, a flagged manual observation.
enum DemoStoreWriter {
    static func caseload(clients: Int = 12, seed: UInt64 = 7) -> DemoCaseload {
        DemoCaseload.generate(clients: clients, sessionsPerClient: 6...9, seed: seed)
    }

    @discardableResult
    static func write(_ caseload: DemoCaseload, into store: CaseStore) throws -> [Int64] {
        var parentID: Int64?
        for theme in DemoCaseload.themes {
            let tag = try store.addTag(category: theme.category, name: theme.name, slug: theme.slug, description: theme.description)
            if theme.slug == "loss" { parentID = tag.id }
        }
        let nested = try store.addTag(
            category: .theme, name: "Loss of a parent", slug: "loss-of-a-parent", parentID: parentID,
            description: "A parent died or left.", color: "#AA3377")
        let archived = try store.addTag(category: .theme, name: "Old code", slug: "old-code")
        _ = try store.setTagArchived(archived.id!, true)

        var ids: [Int64] = []
        for (clientIndex, demo) in caseload.clients.enumerated() {
            let client = try store.createClient(
                Client(
                    code: demo.code, name: demo.name, aliases: demo.aliases, birthYear: demo.birthYear,
                    intakeDate: demo.intakeDate, status: ClientStatus(rawValue: demo.status) ?? .active,
                    frequency: demo.frequency, presentingConcerns: demo.presentingConcerns,
                    supervisionQuestions: demo.supervisionQuestions))
            let clientID = client.id!
            ids.append(clientID)
            var figureIDs: [String: Int64] = [:]
            for figure in demo.figures {
                figureIDs[figure.role] = try store.addFigure(clientID: clientID, role: figure.role, name: figure.name).id
            }
            let form = demo.formulation
            var formulation = Formulation(
                clientID: clientID, presentingProblem: form.presentingProblem, coreConflict: form.coreConflict,
                ccrtSummary: form.ccrtSummary, defensiveStyle: form.defensiveStyle, development: form.development,
                treatmentGoals: "First draft of goals.")
            _ = try store.saveFormulation(formulation)
            formulation.treatmentGoals = form.treatmentGoals
            _ = try store.saveFormulation(formulation)

            for demoSession in demo.sessions {
                let session = try store.createSession(
                    clientID: clientID, startedAt: demoSession.date, durationMinutes: demoSession.durationMinutes,
                    attendance: Attendance(rawValue: demoSession.attendance) ?? .attended,
                    modality: Modality(rawValue: demoSession.modality) ?? .inPerson)
                let sessionID = session.id!
                if !demoSession.processNote.isEmpty {
                    _ = try store.saveNote(sessionID: sessionID, layer: .process, text: "Draft.", visit: EditingVisit())
                    _ = try store.saveNote(sessionID: sessionID, layer: .process, text: demoSession.processNote, visit: EditingVisit())
                }
                if !demoSession.recordNote.isEmpty {
                    _ = try store.saveNote(sessionID: sessionID, layer: .record, text: demoSession.recordNote, visit: EditingVisit())
                }
                if demoSession.flaggedForSupervision {
                    var flagged = try store.session(id: sessionID)!
                    flagged.flaggedForSupervision = true
                    _ = try store.updateSessionMetadata(flagged)
                }
                for measure in demoSession.measures {
                    _ = try store.addMeasure(sessionID: sessionID, instrument: measure.instrument, score: Double(measure.score))
                }
                for episode in demoSession.episodes {
                    func tagID(_ category: TagCategory, _ slug: String) throws -> Int64? {
                        try store.tags(category: category).first { $0.tag.slug == slug }?.tag.id
                    }
                    _ = try store.addEpisode(
                        RelationshipEpisode(
                            sessionID: sessionID, figureID: episode.figureRole.flatMap { figureIDs[$0] },
                            narrative: episode.narrative, wishTagID: try tagID(.ccrtWish, episode.wishSlug),
                            roTagID: try tagID(.ccrtRO, episode.roSlug), rsTagID: try tagID(.ccrtRS, episode.rsSlug),
                            roPositive: episode.roPositive, rsPositive: episode.rsPositive))
                }
                if demoSession.number == 2 {
                    try store.addObservation(
                        sessionID: sessionID, tagID: nested.id!, intensity: 3,
                        evidence: "Spoke of the empty chair at dinner.", comment: "Bring to supervision.",
                        flaggedForSupervision: true)
                }
                if demoSession.number == 1 && clientIndex % 3 == 0 {
                    _ = try store.sign(sessionID: sessionID)
                    _ = try store.amend(sessionID: sessionID, layer: .record, text: "Amended: risk reviewed, none.")
                }
            }
        }
        return ids
    }

    /// Every name, alias and figure name of the caseload: what a de-identified file must not contain.
    static func names(of caseload: DemoCaseload) -> [String] {
        caseload.clients.flatMap { [$0.name] + $0.aliases + $0.figures.map(\.name) }.filter { !$0.isEmpty }
    }
}
