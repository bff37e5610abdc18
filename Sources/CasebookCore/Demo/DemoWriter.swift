import Foundation

/// Writes a `DemoCaseload` into a store the way a clinician's work would arrive: the demo's
/// themes join the codebook, process notes pass through the inline-tag sync (so `#tags` become
/// observations exactly as when typed), and each client with all their sessions is one
/// transaction, so a half-written client never exists and a career-scale caseload stays quick.
public enum DemoWriter {
    /// What was written, for the command line to report.
    public struct Summary: Hashable, Sendable {
        public var clients = 0
        public var sessions = 0
        public var observations = 0
        public var episodes = 0
        public var measures = 0
        /// `#slugs` in the demo notes that matched no code. Always empty for a sound demo; kept
        /// so a regression in the generator shows instead of vanishing.
        public var unknownSlugs: [String] = []

        public init() {}
    }

    /// Raised when an episode names a CCRT code the codebook lacks: a generator bug, not user input.
    public struct UnknownCode: Error, CustomStringConvertible {
        public var category: TagCategory
        public var slug: String
        public var description: String { "the demo names \(category.rawValue)/\(slug), which the codebook lacks" }
    }

    /// `fillSearchIndexAfterwards` builds the search index once at the end
    /// (`CaseStore.fillingSearchIndexAfterwards`): for a new file nothing else writes, such as the
    /// bench's caseload, where it is the quicker way to index a career's notes.
    @discardableResult
    public static func write(
        _ caseload: DemoCaseload, to store: CaseStore, fillSearchIndexAfterwards: Bool = false
    ) throws -> Summary {
        guard fillSearchIndexAfterwards else { return try write(caseload, store) }
        return try store.fillingSearchIndexAfterwards { try write(caseload, store) }
    }

    private static func write(_ caseload: DemoCaseload, _ store: CaseStore) throws -> Summary {
        var summary = Summary()
        try store.batch { batch in
            for theme in DemoCaseload.themes {
                try batch.ensureTag(
                    category: theme.category, name: theme.name, slug: theme.slug, description: theme.description)
            }
        }
        // The demo's file is new and only this writer touches its codebook, so what `#shame`
        // means is worked out once for the whole caseload rather than once per client.
        let resolver = SlugResolver()
        for client in caseload.clients {
            let written = try store.batch(resolver: resolver) { batch in try write(client, batch) }
            summary.clients += 1
            summary.sessions += written.sessions
            summary.observations += written.observations
            summary.episodes += written.episodes
            summary.measures += written.measures
            summary.unknownSlugs += written.unknownSlugs
        }
        return summary
    }

    private static func write(_ demo: DemoClient, _ batch: CaseStore.Batch) throws -> Summary {
        var summary = Summary()
        let client = try batch.createClient(Client(
            code: demo.code, name: demo.name, aliases: demo.aliases, birthYear: demo.birthYear,
            intakeDate: demo.intakeDate, status: ClientStatus(rawValue: demo.status) ?? .active,
            frequency: demo.frequency, presentingConcerns: demo.presentingConcerns,
            supervisionQuestions: demo.supervisionQuestions))
        guard let clientID = client.id else { return summary }
        var figureIDs: [String: Int64] = [:]
        for figure in demo.figures {
            let saved = try batch.addFigure(clientID: clientID, role: figure.role, name: figure.name)
            if figureIDs[figure.role] == nil { figureIDs[figure.role] = saved.id }
        }
        let formulation = demo.formulation
        try batch.saveFormulation(Formulation(
            clientID: clientID, presentingProblem: formulation.presentingProblem,
            coreConflict: formulation.coreConflict, ccrtSummary: formulation.ccrtSummary,
            defensiveStyle: formulation.defensiveStyle, development: formulation.development,
            treatmentGoals: formulation.treatmentGoals))
        var tagIDs: [String: Int64] = [:]
        func tagID(_ category: TagCategory, _ slug: String) throws -> Int64 {
            let key = "\(category.rawValue)/\(slug)"
            if let known = tagIDs[key] { return known }
            guard let id = try batch.tag(category: category, slug: slug)?.id else {
                throw UnknownCode(category: category, slug: slug)
            }
            tagIDs[key] = id
            return id
        }
        for demoSession in demo.sessions {
            let (session, inline) = try batch.createSession(
                clientID: clientID, number: demoSession.number, startedAt: demoSession.date,
                durationMinutes: demoSession.durationMinutes,
                attendance: Attendance(rawValue: demoSession.attendance) ?? .attended,
                modality: Modality(rawValue: demoSession.modality) ?? .inPerson,
                processNote: demoSession.processNote, recordNote: demoSession.recordNote,
                flaggedForSupervision: demoSession.flaggedForSupervision)
            guard let sessionID = session.id else { continue }
            summary.sessions += 1
            summary.observations += inline.added
            summary.unknownSlugs += (inline.unknown + inline.ambiguous).map(\.written)
            for measure in demoSession.measures {
                try batch.addMeasure(sessionID: sessionID, instrument: measure.instrument, score: Double(measure.score))
                summary.measures += 1
            }
            for episode in demoSession.episodes {
                try batch.addEpisode(RelationshipEpisode(
                    sessionID: sessionID, figureID: episode.figureRole.flatMap { figureIDs[$0] },
                    narrative: episode.narrative, wishTagID: try tagID(.ccrtWish, episode.wishSlug),
                    roTagID: try tagID(.ccrtRO, episode.roSlug), rsTagID: try tagID(.ccrtRS, episode.rsSlug),
                    roPositive: episode.roPositive, rsPositive: episode.rsPositive))
                summary.episodes += 1
            }
        }
        return summary
    }
}
