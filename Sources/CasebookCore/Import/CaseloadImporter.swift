import Foundation
import GRDB

/// Brings a JSON export into the store: the whole file is checked first and every problem is named by
/// its JSON path; then everything goes in one transaction, so a file either arrives whole or not at
/// all. An existing client is never overwritten (its code is reported as a conflict), and inline
/// observations are restored exactly as stored rather than re-derived from the note, which would
/// lose the clinician's edits to their comments and flags.
public struct CaseloadImporter: Sendable {
    public var store: CaseStore

    public init(store: CaseStore) {
        self.store = store
    }

    public func importFile(atPath path: String) throws -> ImportSummary {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ImportError.unreadable(path: path, detail: (error as NSError).localizedDescription)
        }
        return try importData(data)
    }

    public func importData(_ data: Data) throws -> ImportSummary {
        let export = try ImportDecoding.decode(data)
        let existing = try store.database.read { db in try ExistingState(db) }
        let problems = ImportValidator(export: export, existing: existing).problems()
        guard problems.isEmpty else { throw ImportError.invalid(problems) }
        return try store.write { db in
            // Another process may have added a client since the check.
            let now = try ExistingState(db)
            let conflicts = ImportValidator(export: export, existing: now).problems()
            guard conflicts.isEmpty else { throw ImportError.invalid(conflicts) }
            return try Self.write(export, existing: now, db)
        }
    }

    /// What the database already holds that the file is checked against.
    struct ExistingState {
        var clientCodes: Set<String>
        var tags: [String: Tag]

        init(_ db: Database) throws {
            clientCodes = Set(try String.fetchAll(db, sql: "SELECT code FROM client").map { $0.lowercased() })
            tags = Dictionary(
                try Tag.fetchAll(db, sql: "SELECT * FROM tag").map { ($0.qualifiedSlug, $0) }, uniquingKeysWith: { a, _ in a })
        }
    }

    private static func write(_ export: CaseloadExport, existing: ExistingState, _ db: Database) throws -> ImportSummary {
        var summary = ImportSummary()
        var tagIDs: [String: Int64] = existing.tags.compactMapValues(\.id)
        var importedTags: [(entry: CaseloadExport.CodebookEntry, id: Int64)] = []
        let pristine = Dictionary(
            BuiltinCodebook.tags.map { ("\($0.category.rawValue)/\($0.slug)", $0) }, uniquingKeysWith: { a, _ in a })
        for entry in export.codebook {
            let key = "\(entry.category)/\(entry.slug)"
            guard let category = TagCategory(rawValue: entry.category) else { continue }
            if var tag = existing.tags[key] {
                let fromFile = Tag(
                    id: tag.id, category: category, name: entry.name, slug: entry.slug, parentID: tag.parentID,
                    level: entry.level, description: entry.description, color: entry.color, builtin: tag.builtin,
                    archived: entry.archived, mergedIntoID: tag.mergedIntoID)
                let untouched = pristine[key].map { builtin in
                    tag.builtin && tag.name == builtin.name && tag.description == builtin.description && tag.color == nil
                        && !tag.archived && tag.parentID == nil && tag.mergedIntoID == nil
                } ?? false
                if untouched {
                    tag = fromFile
                    try tag.update(db)
                    if let id = tag.id { importedTags.append((entry, id)) }
                } else if tag != fromFile {
                    summary.codesKept.append(key)
                }
            } else {
                var tag = Tag(
                    category: category, name: entry.name, slug: entry.slug, level: entry.level,
                    description: entry.description, color: entry.color, builtin: entry.builtin, archived: entry.archived)
                try tag.insert(db)
                if let id = tag.id {
                    tagIDs[key] = id
                    importedTags.append((entry, id))
                    summary.codesAdded += 1
                }
            }
        }
        for (entry, id) in importedTags {
            let parentID = entry.parent.flatMap { tagIDs["\(entry.category)/\($0)"] }
            let mergedID = entry.mergedInto.flatMap { tagIDs[$0] }
            try db.execute(
                sql: "UPDATE tag SET parent_id = ?, merged_into_id = ? WHERE id = ?", arguments: [parentID, mergedID, id])
        }

        for record in export.clients {
            var client = Client(
                code: record.code, name: record.name, aliases: record.aliases, birthYear: record.birthYear,
                intakeDate: date(record.intakeDate), status: ClientStatus(rawValue: record.status) ?? .active,
                frequency: record.frequency, presentingConcerns: record.presentingConcerns,
                supervisionQuestions: record.supervisionQuestions, createdAt: date(record.createdAt),
                updatedAt: date(record.updatedAt))
            try client.insert(db)
            guard let clientID = client.id else { continue }
            summary.clientCodes.append(record.code)
            var figureIDs: [Int64] = []
            for figureRecord in record.figures {
                var figure = Figure(clientID: clientID, role: figureRecord.role, name: figureRecord.name)
                try figure.insert(db)
                figureIDs.append(figure.id ?? -1)
                summary.figures += 1
            }
            if let formulation = record.formulation {
                try Self.formulation(formulation, clientID: clientID).insert(db)
            }
            for revisionRecord in record.formulationRevisions {
                var revision = FormulationRevision(
                    of: Self.formulation(revisionRecord, clientID: clientID),
                    savedAt: date(revisionRecord.savedAt ?? revisionRecord.updatedAt))
                try revision.insert(db)
            }
            for sessionRecord in record.sessions {
                var session = Session(
                    clientID: clientID, number: sessionRecord.number, startedAt: date(sessionRecord.startedAt),
                    durationMinutes: sessionRecord.durationMinutes,
                    attendance: Attendance(rawValue: sessionRecord.attendance) ?? .attended,
                    modality: Modality(rawValue: sessionRecord.modality) ?? .inPerson,
                    recordNote: sessionRecord.recordNote, processNote: sessionRecord.processNote,
                    flaggedForSupervision: sessionRecord.flaggedForSupervision,
                    signedAt: sessionRecord.signedAt.map(date), createdAt: date(sessionRecord.createdAt),
                    updatedAt: date(sessionRecord.updatedAt))
                try session.insert(db)
                guard let sessionID = session.id else { continue }
                summary.sessions += 1
                for note in sessionRecord.revisions {
                    var revision = NoteRevision(
                        sessionID: sessionID, layer: NoteLayer(rawValue: note.layer) ?? .process, body: note.body,
                        savedAt: date(note.at))
                    try revision.insert(db)
                    summary.revisions += 1
                }
                for note in sessionRecord.amendments {
                    var amendment = NoteAmendment(
                        sessionID: sessionID, layer: NoteLayer(rawValue: note.layer) ?? .process, body: note.body,
                        createdAt: date(note.at))
                    try amendment.insert(db)
                    summary.amendments += 1
                }
                for item in sessionRecord.observations {
                    guard let tagID = tagIDs["\(item.category)/\(item.tag)"] else { continue }
                    var observation = Observation(
                        sessionID: sessionID, tagID: tagID, intensity: item.intensity, evidence: item.evidence,
                        comment: item.comment, spanStart: item.spanStart, spanEnd: item.spanEnd,
                        source: ObservationSource(rawValue: item.source) ?? .manual,
                        flaggedForSupervision: item.flaggedForSupervision, createdAt: date(item.createdAt),
                        updatedAt: date(item.updatedAt))
                    try observation.insert(db)
                    summary.observations += 1
                }
                for item in sessionRecord.episodes {
                    var episode = RelationshipEpisode(
                        sessionID: sessionID, figureID: item.figure.map { figureIDs[$0] }, narrative: item.narrative,
                        wishTagID: item.wish.flatMap { tagIDs[$0] }, roTagID: item.ro.flatMap { tagIDs[$0] },
                        rsTagID: item.rs.flatMap { tagIDs[$0] }, roPositive: item.roPositive, rsPositive: item.rsPositive)
                    try episode.insert(db)
                    summary.episodes += 1
                }
                for item in sessionRecord.measures {
                    var measure = Measure(sessionID: sessionID, instrument: item.instrument, score: item.score)
                    try measure.insert(db)
                    summary.measures += 1
                }
            }
        }
        return summary
    }

    private static func formulation(_ record: CaseloadExport.FormulationRecord, clientID: Int64) -> Formulation {
        Formulation(
            clientID: clientID, presentingProblem: record.presentingProblem, coreConflict: record.coreConflict,
            ccrtSummary: record.ccrtSummary, defensiveStyle: record.defensiveStyle, development: record.development,
            treatmentGoals: record.treatmentGoals, updatedAt: date(record.updatedAt))
    }

    /// Only called after validation, which has parsed every date.
    private static func date(_ text: String) -> Date {
        ExportDate.parse(text) ?? Date(timeIntervalSince1970: 0)
    }
}
