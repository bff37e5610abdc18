import Foundation
import GRDB

/// Reads clients out of the store into a `CaseloadExport`, de-identified on request.
public struct CaseloadExporter: Sendable {
    public var store: CaseStore
    /// Export one client (nil: the whole caseload).
    public var clientID: Int64?
    /// Every text through `Deidentifier.redactForExport`, dates as weeks since intake, names dropped.
    public var deidentify: Bool
    public var now: Date

    public init(store: CaseStore, clientID: Int64? = nil, deidentify: Bool = false, now: Date = Date()) {
        self.store = store
        self.clientID = clientID
        self.deidentify = deidentify
        self.now = now
    }

    /// The codes of the clients the export covers, for the disclosure log.
    public func clientCodes() throws -> [String] {
        try store.database.read { db in
            if let clientID {
                return try String.fetchAll(db, sql: "SELECT code FROM client WHERE id = ?", arguments: [clientID])
            }
            return try String.fetchAll(db, sql: "SELECT code FROM client ORDER BY code")
        }
    }

    public func build() throws -> CaseloadExport {
        let snapshot = try store.database.read { db in try Snapshot(db, clientID: clientID) }
        if let clientID, snapshot.clients.isEmpty { throw StoreError.clientNotFound("#\(clientID)") }
        let tagsByID = Dictionary(uniqueKeysWithValues: snapshot.tags.compactMap { tag in tag.id.map { ($0, tag) } })
        let codebook = snapshot.tags.map { tag in
            CaseloadExport.CodebookEntry(
                category: tag.category.rawValue, slug: tag.slug, name: tag.name,
                parent: tag.parentID.flatMap { tagsByID[$0]?.slug }, level: tag.level, description: tag.description,
                color: tag.color, builtin: tag.builtin, archived: tag.archived,
                mergedInto: tag.mergedIntoID.flatMap { tagsByID[$0]?.qualifiedSlug })
        }
        var clients: [CaseloadExport.ClientRecord] = []
        for client in snapshot.clients {
            let figures = snapshot.figures[client.id ?? -1] ?? []
            let text = TextPolicy(client: client, figures: figures, deidentify: deidentify)
            let record = try Self.record(of: client, figures: figures, snapshot: snapshot, tags: tagsByID, text: text)
            if deidentify {
                try text.deidentifier.verify(try CaseloadExport(exportedAt: "", deidentified: true, codebook: codebook, clients: [record]).jsonText())
            }
            clients.append(record)
        }
        // A de-identified file carries no calendar date at all: the export day next to "week 40"
        // would give the intake date away.
        return CaseloadExport(
            exportedAt: deidentify ? "" : ExportDate.string(now), deidentified: deidentify, codebook: codebook, clients: clients)
    }

    /// How text and dates leave the app for one client: as written, or de-identified.
    struct TextPolicy {
        let deidentifier: Deidentifier
        let deidentify: Bool

        init(client: Client, figures: [Figure], deidentify: Bool) {
            deidentifier = Deidentifier(
                clientCode: client.code, clientName: client.name, aliases: client.aliases,
                figures: figures.map { Deidentifier.Figure(role: $0.role, name: $0.name) },
                intakeDate: client.intakeDate, birthYear: client.birthYear)
            self.deidentify = deidentify
        }

        /// Redacted only: `build()` verifies the client's whole record at once afterwards, which is what
        /// `redactForExport` would check text by text, at half the cost on a long treatment.
        func text(_ value: String) throws -> String {
            deidentify ? deidentifier.redact(value) : value
        }

        func date(_ value: Date) -> String {
            deidentify ? deidentifier.describe(date: value) : ExportDate.string(value)
        }
    }

    private static func record(
        of client: Client, figures: [Figure], snapshot: Snapshot, tags: [Int64: Tag], text: TextPolicy
    ) throws -> CaseloadExport.ClientRecord {
        let clientID = client.id ?? -1
        let figureIndex = Dictionary(uniqueKeysWithValues: figures.enumerated().compactMap { offset, figure in
            figure.id.map { ($0, offset) }
        })
        let figureRecords = try figures.enumerated().map { offset, figure in
            CaseloadExport.FigureRecord(
                role: try text.text(figure.role),
                name: text.deidentify ? text.deidentifier.figureReplacements[offset] : figure.name)
        }
        func formulationRecord(_ formulation: Formulation, savedAt: Date?) throws -> CaseloadExport.FormulationRecord {
            CaseloadExport.FormulationRecord(
                presentingProblem: try text.text(formulation.presentingProblem),
                coreConflict: try text.text(formulation.coreConflict),
                ccrtSummary: try text.text(formulation.ccrtSummary),
                defensiveStyle: try text.text(formulation.defensiveStyle),
                development: try text.text(formulation.development),
                treatmentGoals: try text.text(formulation.treatmentGoals),
                updatedAt: text.date(formulation.updatedAt), savedAt: savedAt.map(text.date))
        }
        func qualified(_ id: Int64?) -> String? { id.flatMap { tags[$0]?.qualifiedSlug } }

        var sessions: [CaseloadExport.SessionRecord] = []
        for session in snapshot.sessions[clientID] ?? [] {
            let sessionID = session.id ?? -1
            let observations = try (snapshot.observations[sessionID] ?? []).map { observation in
                let tag = tags[observation.tagID]
                return CaseloadExport.ObservationRecord(
                    category: tag?.category.rawValue ?? "", tag: tag?.slug ?? "", intensity: observation.intensity,
                    evidence: try text.text(observation.evidence), comment: try text.text(observation.comment),
                    spanStart: text.deidentify ? nil : observation.spanStart,
                    spanEnd: text.deidentify ? nil : observation.spanEnd,
                    source: observation.source.rawValue, flaggedForSupervision: observation.flaggedForSupervision,
                    createdAt: text.date(observation.createdAt), updatedAt: text.date(observation.updatedAt))
            }
            let episodes = try (snapshot.episodes[sessionID] ?? []).map { episode in
                CaseloadExport.EpisodeRecord(
                    figure: episode.figureID.flatMap { figureIndex[$0] }, narrative: try text.text(episode.narrative),
                    wish: qualified(episode.wishTagID), ro: qualified(episode.roTagID), rs: qualified(episode.rsTagID),
                    roPositive: episode.roPositive, rsPositive: episode.rsPositive)
            }
            sessions.append(
                CaseloadExport.SessionRecord(
                    number: session.number, startedAt: text.date(session.startedAt),
                    durationMinutes: session.durationMinutes, attendance: session.attendance.rawValue,
                    modality: session.modality.rawValue, recordNote: try text.text(session.recordNote),
                    processNote: try text.text(session.processNote),
                    flaggedForSupervision: session.flaggedForSupervision, signedAt: session.signedAt.map(text.date),
                    createdAt: text.date(session.createdAt), updatedAt: text.date(session.updatedAt),
                    revisions: try (snapshot.revisions[sessionID] ?? []).map {
                        CaseloadExport.NoteRecord(layer: $0.layer.rawValue, body: try text.text($0.body), at: text.date($0.savedAt))
                    },
                    amendments: try (snapshot.amendments[sessionID] ?? []).map {
                        CaseloadExport.NoteRecord(layer: $0.layer.rawValue, body: try text.text($0.body), at: text.date($0.createdAt))
                    },
                    observations: observations, episodes: episodes,
                    measures: (snapshot.measures[sessionID] ?? []).map {
                        CaseloadExport.MeasureRecord(instrument: $0.instrument, score: $0.score)
                    }))
        }
        return CaseloadExport.ClientRecord(
            code: client.code, name: text.deidentify ? client.code : client.name,
            aliases: text.deidentify ? [] : client.aliases, birthYear: text.deidentify ? nil : client.birthYear,
            intakeDate: text.date(client.intakeDate), status: client.status.rawValue,
            frequency: try text.text(client.frequency), presentingConcerns: try text.text(client.presentingConcerns),
            supervisionQuestions: try text.text(client.supervisionQuestions),
            createdAt: text.date(client.createdAt), updatedAt: text.date(client.updatedAt),
            figures: figureRecords,
            formulation: try snapshot.formulations[clientID].map { try formulationRecord($0, savedAt: nil) },
            formulationRevisions: try (snapshot.formulationRevisions[clientID] ?? []).map {
                try formulationRecord($0.formulation, savedAt: $0.savedAt)
            },
            sessions: sessions)
    }

    /// Every row the export needs, read in one transaction so the file is one consistent moment.
    /// Rows are ordered by id, which an import preserves, so the order survives a round trip.
    struct Snapshot {
        var tags: [Tag]
        var clients: [Client]
        var figures: [Int64: [Figure]] = [:]
        var formulations: [Int64: Formulation] = [:]
        var formulationRevisions: [Int64: [FormulationRevision]] = [:]
        var sessions: [Int64: [Session]] = [:]
        var revisions: [Int64: [NoteRevision]] = [:]
        var amendments: [Int64: [NoteAmendment]] = [:]
        var observations: [Int64: [Observation]] = [:]
        var episodes: [Int64: [RelationshipEpisode]] = [:]
        var measures: [Int64: [Measure]] = [:]

        init(_ db: Database, clientID: Int64?) throws {
            tags = try Tag.fetchAll(db, sql: "SELECT * FROM tag")
                .sorted { ($0.category.sortRank, $0.slug) < ($1.category.sortRank, $1.slug) }
            let clientFilter = clientID == nil ? "" : " WHERE id = \(clientID!)"
            clients = try Client.fetchAll(db, sql: "SELECT * FROM client\(clientFilter) ORDER BY code")
            let ownerFilter = clientID == nil ? "" : " WHERE client_id = \(clientID!)"
            let sessionFilter = clientID == nil
                ? "" : " WHERE session_id IN (SELECT id FROM session WHERE client_id = \(clientID!))"
            figures = Dictionary(grouping: try Figure.fetchAll(db, sql: "SELECT * FROM figure\(ownerFilter) ORDER BY id"), by: \.clientID)
            for formulation in try Formulation.fetchAll(db, sql: "SELECT * FROM formulation\(ownerFilter)") {
                formulations[formulation.clientID] = formulation
            }
            formulationRevisions = Dictionary(
                grouping: try FormulationRevision.fetchAll(db, sql: "SELECT * FROM formulation_revision\(ownerFilter) ORDER BY id"),
                by: \.clientID)
            sessions = Dictionary(
                grouping: try Session.fetchAll(db, sql: "SELECT * FROM session\(ownerFilter) ORDER BY number"), by: \.clientID)
            revisions = Dictionary(
                grouping: try NoteRevision.fetchAll(db, sql: "SELECT * FROM note_revision\(sessionFilter) ORDER BY id"),
                by: \.sessionID)
            amendments = Dictionary(
                grouping: try NoteAmendment.fetchAll(db, sql: "SELECT * FROM note_amendment\(sessionFilter) ORDER BY id"),
                by: \.sessionID)
            observations = Dictionary(
                grouping: try Observation.fetchAll(db, sql: "SELECT * FROM observation\(sessionFilter) ORDER BY id"),
                by: \.sessionID)
            episodes = Dictionary(
                grouping: try RelationshipEpisode.fetchAll(db, sql: "SELECT * FROM relationship_episode\(sessionFilter) ORDER BY id"),
                by: \.sessionID)
            measures = Dictionary(
                grouping: try Measure.fetchAll(db, sql: "SELECT * FROM measure\(sessionFilter) ORDER BY id"), by: \.sessionID)
        }
    }
}

extension TagCategory {
    /// Position in the SPEC's order of categories, for stable listings.
    var sortRank: Int { TagCategory.allCases.firstIndex(of: self) ?? 0 }
}
