import Foundation
import GRDB

extension SupervisionBrief {
    /// How many themes and defenses the brief shows at most: a supervisor reads the main lines.
    static let patternLimit = 15
    /// A sparkline longer than this is averaged into this many buckets.
    public static let sparklineWidth = 40

    /// Gathers the brief for `clientID` over `sessions` (all when nil). `allow` holds capitalised words
    /// the clinician has checked and accepted, so the review stops listing them.
    public static func build(
        store: CaseStore, clientID: Int64, sessions range: ClosedRange<Int>? = nil, identified: Bool = false,
        allow: Set<String> = []
    ) throws -> SupervisionBrief {
        let material = try store.database.read { db in try BriefMaterial(db, clientID: clientID) }
        guard let client = material.client else { throw StoreError.clientNotFound("#\(clientID)") }
        let deidentifier = Deidentifier(
            clientCode: client.code, clientName: client.name, aliases: client.aliases,
            figures: material.figures.map { Deidentifier.Figure(role: $0.role, name: $0.name) },
            intakeDate: client.intakeDate, birthYear: client.birthYear)
        var rawTexts: [String] = []
        func text(_ value: String) -> String {
            rawTexts.append(value)
            return identified ? value : deidentifier.redact(value)
        }
        // Code names come from the codebook, not from the client: redacted all the same, but kept out of
        // the review, where every capitalised code name would bury the few words worth checking.
        func label(_ value: String) -> String {
            identified ? value : deidentifier.redact(value)
        }
        func when(_ date: Date) -> String {
            identified ? ExportDate.day(date) : deidentifier.describe(date: date)
        }

        let window: AnalysisWindow = range.map { .sessionRange($0) } ?? .all
        let windowed = window.apply(to: material.analyzedSessions)
        let report = PatternsReport.build(
            client: client.code, sessions: material.analyzedSessions, episodes: material.analyzedEpisodes,
            tags: material.analyzedTags, options: PatternsReport.Options(window: window))
        let tagsBySlug = Dictionary(
            material.tags.map { ($0.qualifiedSlug, $0) }, uniquingKeysWith: { a, _ in a })
        var intensities: [String: [Int]] = [:]
        for (column, session) in windowed.enumerated() {
            for observation in session.observations {
                guard let tag = material.tagsByID[observation.tagID] else { continue }
                var row = intensities[tag.qualifiedSlug] ?? Array(repeating: 0, count: windowed.count)
                row[column] = max(row[column], observation.intensity)
                intensities[tag.qualifiedSlug] = row
            }
        }
        func row(_ entry: PatternsReport.RecurrenceEntry) -> PatternRow {
            let key = "\(entry.category.rawValue)/\(entry.slug)"
            return PatternRow(
                category: entry.category, name: label(entry.tag), level: tagsBySlug[key]?.level, sessions: entry.sessions,
                ratio: entry.ratio, trend: entry.trend,
                intensities: intensities[key] ?? Array(repeating: 0, count: windowed.count))
        }
        let themes = report.recurrence.filter { $0.category == .theme }
            .sorted { ($0.sessions, $1.tag) > ($1.sessions, $0.tag) }.prefix(patternLimit).map(row)
        let defenses = report.recurrence.filter { $0.category == .defense }
            .sorted { (tagsBySlug["defense/\($0.slug)"]?.level ?? 0, $0.sessions) > (tagsBySlug["defense/\($1.slug)"]?.level ?? 0, $1.sessions) }
            .prefix(patternLimit).map(row)

        let inRange = material.sessions.filter { range?.contains($0.number) ?? true }
        let sessionNumbers = Set(inRange.map(\.number))
        func item(_ detail: ObservationDetail) -> ObservationItem {
            ObservationItem(
                session: detail.sessionNumber, when: when(detail.sessionStartedAt), category: detail.tag.category,
                tag: label(detail.tag.name), intensity: detail.observation.intensity,
                evidence: text(detail.observation.evidence), comment: text(detail.observation.comment))
        }
        let observations = material.observations.filter { sessionNumbers.contains($0.sessionNumber) }
        let relational = observations.filter { $0.tag.category == .transference || $0.tag.category == .countertransference }
            .map(item)
        let flaggedObservations = observations.filter(\.observation.flaggedForSupervision).map(item)
        let flaggedSessions = inRange.filter(\.flaggedForSupervision).map {
            FlaggedSession(number: $0.number, when: when($0.startedAt), processNote: text($0.processNote))
        }
        var formulation: [LabeledText] = []
        if let stored = material.formulation {
            let parts = [
                ("Presenting problem", stored.presentingProblem), ("Core conflict", stored.coreConflict),
                ("CCRT", stored.ccrtSummary), ("Defensive style", stored.defensiveStyle),
                ("Development and history", stored.development), ("Treatment goals", stored.treatmentGoals),
            ]
            formulation = parts.filter { !$0.1.isEmpty }.map { LabeledText(label: $0.0, text: text($0.1)) }
        }
        func shares(_ entries: [PatternsReport.CCRTEntry]) -> [Share] {
            entries.map { Share(name: label($0.tag), episodes: $0.episodes, pervasiveness: $0.pervasiveness) }
        }
        let questions = text(client.supervisionQuestions)
        let frequency = text(client.frequency)
        let numbers = windowed.map(\.number)
        return SupervisionBrief(
            identified: identified, clientCode: client.code,
            clientLabel: identified ? "\(client.name) (\(client.code))" : client.code,
            frequency: frequency,
            sessionsCovered: numbers.min().flatMap { low in numbers.max().map { low...$0 } },
            sessionsHeld: report.sessions, sessionsNotHeld: report.sessionsNotHeld,
            columns: windowed.map { (number: $0.number, when: when($0.date)) },
            formulation: formulation, ccrtEpisodes: report.ccrt.episodes,
            wish: shares(report.ccrt.wish), ro: shares(report.ccrt.ro), rs: shares(report.ccrt.rs),
            themes: Array(themes), defenses: Array(defenses),
            defenseLevels: report.defenseProfile.window.levels, odfOverall: report.odfOverall,
            odfFirstThird: report.defenseProfile.firstThird?.odf, odfLastThird: report.defenseProfile.lastThird?.odf,
            odf: report.odf.map { LineChartPoint(x: $0.session, y: $0.odf) },
            odfRolling: report.odfRolling.map { LineChartPoint(x: $0.session, y: $0.odf) },
            relational: relational, flaggedSessions: flaggedSessions, flaggedObservations: flaggedObservations,
            supervisionQuestions: questions,
            review: identified
                ? DeidentificationReview(ambiguousReplacements: [], nameCandidates: [])
                : deidentifier.review(of: rawTexts, allowed: allow),
            deidentifier: deidentifier)
    }

    /// `values` averaged into at most `width` buckets, for a sparkline that fits a line of text.
    public static func buckets(_ values: [Int], width: Int = sparklineWidth) -> [Double] {
        buckets(values.map(Double.init), width: width)
    }

    public static func buckets(_ values: [Double], width: Int = sparklineWidth) -> [Double] {
        guard values.count > width, width > 0 else { return values }
        return (0..<width).map { bucket in
            let lower = bucket * values.count / width
            let upper = max(lower + 1, (bucket + 1) * values.count / width)
            let slice = values[lower..<upper]
            return slice.reduce(0, +) / Double(slice.count)
        }
    }
}

/// The rows a brief reads for one client, in one read transaction.
struct BriefMaterial {
    var client: Client?
    var figures: [Figure] = []
    var formulation: Formulation?
    var sessions: [Session] = []
    var tags: [Tag] = []
    var tagsByID: [Int64: Tag] = [:]
    var observations: [ObservationDetail] = []
    var episodes: [RelationshipEpisode] = []

    init(_ db: Database, clientID: Int64) throws {
        client = try Client.fetchOne(db, key: clientID)
        guard client != nil else { return }
        figures = try Figure.fetchAll(db, sql: "SELECT * FROM figure WHERE client_id = ? ORDER BY id", arguments: [clientID])
        formulation = try Formulation.fetchOne(db, key: clientID)
        sessions = try Session.fetchAll(db, sql: "SELECT * FROM session WHERE client_id = ? ORDER BY number", arguments: [clientID])
        tags = try Tag.fetchAll(db)
        tagsByID = Dictionary(uniqueKeysWithValues: tags.compactMap { tag in tag.id.map { ($0, tag) } })
        let sessionsByID = Dictionary(uniqueKeysWithValues: sessions.compactMap { session in session.id.map { ($0, session) } })
        let rows = try Observation.fetchAll(
            db, sql: "SELECT * FROM observation WHERE session_id IN (SELECT id FROM session WHERE client_id = ?) ORDER BY id",
            arguments: [clientID])
        observations = rows.compactMap { observation in
            guard let tag = tagsByID[observation.tagID], let session = sessionsByID[observation.sessionID] else { return nil }
            return ObservationDetail(
                observation: observation, tag: tag, sessionNumber: session.number, sessionStartedAt: session.startedAt)
        }.sorted { ($0.sessionNumber, $0.observation.id ?? 0) < ($1.sessionNumber, $1.observation.id ?? 0) }
        episodes = try RelationshipEpisode.fetchAll(
            db, sql: "SELECT * FROM relationship_episode WHERE session_id IN (SELECT id FROM session WHERE client_id = ?) ORDER BY id",
            arguments: [clientID])
    }

    var analyzedTags: [AnalyzedTag] {
        tags.compactMap { tag in
            tag.id.map { AnalyzedTag(id: $0, category: tag.category, name: tag.name, slug: tag.slug, level: tag.level) }
        }
    }

    var analyzedSessions: [AnalyzedSession] {
        let grouped = Dictionary(grouping: observations, by: \.observation.sessionID)
        return sessions.compactMap { session in
            guard let id = session.id else { return nil }
            return AnalyzedSession(
                id: id, number: session.number, date: session.startedAt, attendance: session.attendance.rawValue,
                observations: (grouped[id] ?? []).map {
                    AnalyzedObservation(tagID: $0.observation.tagID, intensity: $0.observation.intensity)
                })
        }
    }

    var analyzedEpisodes: [AnalyzedEpisode] {
        let numbers = Dictionary(uniqueKeysWithValues: sessions.compactMap { session in session.id.map { ($0, session.number) } })
        let roles = Dictionary(uniqueKeysWithValues: figures.compactMap { figure in figure.id.map { ($0, figure.role) } })
        return episodes.compactMap { episode in
            guard let number = numbers[episode.sessionID] else { return nil }
            return AnalyzedEpisode(
                sessionNumber: number, figure: episode.figureID.flatMap { roles[$0] } ?? "therapist",
                wishTagID: episode.wishTagID, roTagID: episode.roTagID, rsTagID: episode.rsTagID,
                roPositive: episode.roTagID == nil ? nil : episode.roPositive,
                rsPositive: episode.rsTagID == nil ? nil : episode.rsPositive)
        }
    }
}
