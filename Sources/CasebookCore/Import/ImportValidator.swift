import Foundation

/// Checks a decoded export against itself and the database, naming each problem by its JSON path.
struct ImportValidator {
    let export: CaseloadExport
    let existing: CaseloadImporter.ExistingState

    func problems() -> [ImportProblem] {
        var problems: [ImportProblem] = []
        func report(_ path: String, _ message: String) {
            problems.append(ImportProblem(path: path, message: message))
        }
        func checkDate(_ text: String, _ path: String) {
            if ExportDate.parse(text) == nil {
                report(path, "\"\(text)\" is not an ISO-8601 date such as 2026-03-14T10:00:00Z")
            }
        }
        func checkEnum<T: RawRepresentable & CaseIterable>(_ value: String, _ type: T.Type, _ path: String)
        where T.RawValue == String {
            if T(rawValue: value) == nil {
                report(path, "\"\(value)\" must be one of \(T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))")
            }
        }

        var known = Set(existing.tags.keys)
        var inFile: Set<String> = []
        for (index, entry) in export.codebook.enumerated() {
            let path = "codebook[\(index)]"
            checkEnum(entry.category, TagCategory.self, "\(path).category")
            if (try? CaseStore.validatedSlug(entry.slug)) != entry.slug {
                report("\(path).slug", "\"\(entry.slug)\" must be lowercase letters, digits and dashes")
            }
            if entry.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { report("\(path).name", "must not be empty") }
            if let level = entry.level, !(1...7).contains(level) { report("\(path).level", "must be a DMRS level from 1 to 7") }
            let key = "\(entry.category)/\(entry.slug)"
            if !inFile.insert(key).inserted { report(path, "\(key) appears twice in the codebook") }
            known.insert(key)
        }
        for (index, entry) in export.codebook.enumerated() {
            if let parent = entry.parent, !known.contains("\(entry.category)/\(parent)") {
                report("codebook[\(index)].parent", "no code \(entry.category)/\(parent) in the file or the database")
            }
            if let merged = entry.mergedInto, !known.contains(merged) {
                report("codebook[\(index)].merged_into", "no code \(merged) in the file or the database")
            }
        }

        var codes: Set<String> = []
        for (clientIndex, client) in export.clients.enumerated() {
            let path = "clients[\(clientIndex)]"
            let folded = client.code.lowercased()
            if client.code.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                report("\(path).code", "must not be empty")
            } else if existing.clientCodes.contains(folded) {
                report("\(path).code", "client \(client.code) already exists in this database and is never overwritten; "
                    + "rename or remove one of them first")
            } else if !codes.insert(folded).inserted {
                report("\(path).code", "client \(client.code) appears twice in the file")
            }
            checkDate(client.intakeDate, "\(path).intake_date")
            checkDate(client.createdAt, "\(path).created_at")
            checkDate(client.updatedAt, "\(path).updated_at")
            checkEnum(client.status, ClientStatus.self, "\(path).status")
            if let formulation = client.formulation { checkDate(formulation.updatedAt, "\(path).formulation.updated_at") }
            for (index, revision) in client.formulationRevisions.enumerated() {
                checkDate(revision.updatedAt, "\(path).formulation_revisions[\(index)].updated_at")
                if let saved = revision.savedAt {
                    checkDate(saved, "\(path).formulation_revisions[\(index)].saved_at")
                } else {
                    report("\(path).formulation_revisions[\(index)].saved_at", "is missing")
                }
            }
            var numbers: Set<Int> = []
            for (sessionIndex, session) in client.sessions.enumerated() {
                let sessionPath = "\(path).sessions[\(sessionIndex)]"
                if session.number < 1 {
                    report("\(sessionPath).number", "must be 1 or more")
                } else if !numbers.insert(session.number).inserted {
                    report("\(sessionPath).number", "session \(session.number) appears twice for \(client.code)")
                }
                checkDate(session.startedAt, "\(sessionPath).started_at")
                checkDate(session.createdAt, "\(sessionPath).created_at")
                checkDate(session.updatedAt, "\(sessionPath).updated_at")
                if let signed = session.signedAt { checkDate(signed, "\(sessionPath).signed_at") }
                checkEnum(session.attendance, Attendance.self, "\(sessionPath).attendance")
                checkEnum(session.modality, Modality.self, "\(sessionPath).modality")
                for (label, notes) in [("revisions", session.revisions), ("amendments", session.amendments)] {
                    for (index, note) in notes.enumerated() {
                        checkEnum(note.layer, NoteLayer.self, "\(sessionPath).\(label)[\(index)].layer")
                        checkDate(note.at, "\(sessionPath).\(label)[\(index)].at")
                    }
                }
                for (index, observation) in session.observations.enumerated() {
                    let observationPath = "\(sessionPath).observations[\(index)]"
                    if !(1...3).contains(observation.intensity) {
                        report("\(observationPath).intensity", "must be 1, 2 or 3")
                    }
                    if !known.contains("\(observation.category)/\(observation.tag)") {
                        report("\(observationPath).tag", "no code \(observation.category)/\(observation.tag) in the file or the database")
                    }
                    checkEnum(observation.source, ObservationSource.self, "\(observationPath).source")
                    checkDate(observation.createdAt, "\(observationPath).created_at")
                    checkDate(observation.updatedAt, "\(observationPath).updated_at")
                }
                for (index, episode) in session.episodes.enumerated() {
                    let episodePath = "\(sessionPath).episodes[\(index)]"
                    if let figure = episode.figure, !client.figures.indices.contains(figure) {
                        report("\(episodePath).figure", "no figure \(figure) in \(path).figures (\(client.figures.count) listed)")
                    }
                    for (label, slug) in [("wish", episode.wish), ("ro", episode.ro), ("rs", episode.rs)] {
                        if let slug, !known.contains(slug) {
                            report("\(episodePath).\(label)", "no code \(slug) in the file or the database")
                        }
                    }
                }
                for (index, measure) in session.measures.enumerated() {
                    if measure.instrument.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                        report("\(sessionPath).measures[\(index)].instrument", "must not be empty")
                    }
                    if !measure.score.isFinite { report("\(sessionPath).measures[\(index)].score", "must be a number") }
                }
            }
        }
        return problems
    }
}
