import Foundation
import GRDB

extension CaseStore {
    @discardableResult
    public func addFigure(clientID: Int64, role: String, name: String = "") throws -> Figure {
        try write { db in
            guard try Client.exists(db, key: clientID) else { throw StoreError.clientNotFound("#\(clientID)") }
            var figure = Figure(clientID: clientID, role: role, name: name)
            try figure.insert(db)
            return figure
        }
    }

    @discardableResult
    public func updateFigure(_ figure: Figure) throws -> Figure {
        guard let id = figure.id else { throw StoreError.figureNotFound(-1) }
        return try write { db in
            guard try Figure.exists(db, key: id) else { throw StoreError.figureNotFound(id) }
            try figure.update(db)
            return figure
        }
    }

    /// Removes a figure; episodes that named them keep their narrative with no figure.
    public func removeFigure(_ figureID: Int64) throws {
        try write { db in
            guard try Figure.deleteOne(db, key: figureID) else { throw StoreError.figureNotFound(figureID) }
        }
    }

    public func figures(clientID: Int64) throws -> [Figure] {
        try database.read { db in
            try Figure.fetchAll(db, sql: "SELECT * FROM figure WHERE client_id = ? ORDER BY id", arguments: [clientID])
        }
    }

    /// The client's formulation, or nil before one is written.
    public func formulation(clientID: Int64) throws -> Formulation? {
        try database.read { db in try Formulation.fetchOne(db, key: clientID) }
    }

    /// Saves the formulation; a changed one keeps what it replaced as a revision.
    @discardableResult
    ///
    /// Autosave runs every half second while the clinician types, so revisions are coalesced as
    /// a note's are: the text is kept when it was written more than `revisionInterval` ago (the
    /// start of an editing stretch) or when no revision is that recent, not on every save.
    /// `keepingRevision` keeps it regardless: a restored version replaces text wholesale.
    public func saveFormulation(_ formulation: Formulation, keepingRevision: Bool = false) throws -> Formulation {
        let stamp = now()
        return try write { db in
            guard try Client.exists(db, key: formulation.clientID) else {
                throw StoreError.clientNotFound("#\(formulation.clientID)")
            }
            let previous = try Formulation.fetchOne(db, key: formulation.clientID)
            if let previous, previous.hasSameText(as: formulation) { return previous }
            if let previous, !previous.isEmpty {
                let lastRevision = try Date.fetchOne(
                    db, sql: "SELECT max(saved_at) FROM formulation_revision WHERE client_id = ?",
                    arguments: [formulation.clientID])
                let stretchStarted = stamp.timeIntervalSince(previous.updatedAt) >= Self.revisionInterval
                let noRecentRevision = lastRevision.map { stamp.timeIntervalSince($0) >= Self.revisionInterval } ?? true
                if keepingRevision || stretchStarted || noRecentRevision {
                    var revision = FormulationRevision(of: previous, savedAt: stamp)
                    try revision.insert(db)
                }
            }
            var saved = formulation
            saved.updatedAt = stamp
            try saved.save(db)
            return saved
        }
    }

    /// Earlier formulations, newest first.
    public func formulationRevisions(clientID: Int64) throws -> [FormulationRevision] {
        try database.read { db in
            try FormulationRevision.fetchAll(
                db, sql: "SELECT * FROM formulation_revision WHERE client_id = ? ORDER BY saved_at DESC, id DESC",
                arguments: [clientID])
        }
    }

    @discardableResult
    public func addMeasure(sessionID: Int64, instrument: String, score: Double) throws -> Measure {
        let instrument = instrument.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !instrument.isEmpty, score.isFinite else { throw StoreError.invalidInstrument }
        return try write { db in
            guard try Session.exists(db, key: sessionID) else { throw StoreError.sessionNotFound(sessionID) }
            var measure = Measure(sessionID: sessionID, instrument: instrument, score: score)
            try measure.insert(db)
            return measure
        }
    }

    /// A client's measures in session order (`clientID`), or one session's (`sessionID`).
    public func measures(clientID: Int64? = nil, sessionID: Int64? = nil) throws -> [Measure] {
        try database.read { db in
            try Measure.fetchAll(
                db,
                sql: """
                    SELECT measure.* FROM measure JOIN session ON session.id = measure.session_id
                    WHERE (? IS NULL OR session.client_id = ?) AND (? IS NULL OR measure.session_id = ?)
                    ORDER BY session.number, measure.id
                    """,
                arguments: [clientID, clientID, sessionID, sessionID])
        }
    }

    public func removeMeasure(_ measureID: Int64) throws {
        try write { db in _ = try Measure.deleteOne(db, key: measureID) }
    }

    @discardableResult
    public func addEpisode(_ episode: RelationshipEpisode) throws -> RelationshipEpisode {
        try write { db in
            guard try Session.exists(db, key: episode.sessionID) else { throw StoreError.sessionNotFound(episode.sessionID) }
            if let figureID = episode.figureID, try !Figure.exists(db, key: figureID) {
                throw StoreError.figureNotFound(figureID)
            }
            for tagID in [episode.wishTagID, episode.roTagID, episode.rsTagID].compactMap({ $0 })
            where try !Tag.exists(db, key: tagID) {
                throw StoreError.tagNotFound("#\(tagID)")
            }
            var saved = episode
            saved.id = nil
            try saved.insert(db)
            return saved
        }
    }

    /// A client's relationship episodes (`clientID`) or one session's (`sessionID`), in session order.
    public func episodes(clientID: Int64? = nil, sessionID: Int64? = nil) throws -> [RelationshipEpisode] {
        try database.read { db in
            try RelationshipEpisode.fetchAll(
                db,
                sql: """
                    SELECT relationship_episode.* FROM relationship_episode
                    JOIN session ON session.id = relationship_episode.session_id
                    WHERE (? IS NULL OR session.client_id = ?) AND (? IS NULL OR relationship_episode.session_id = ?)
                    ORDER BY session.number, relationship_episode.id
                    """,
                arguments: [clientID, clientID, sessionID, sessionID])
        }
    }

    public func removeEpisode(_ episodeID: Int64) throws {
        try write { db in _ = try RelationshipEpisode.deleteOne(db, key: episodeID) }
    }

    /// Records that something left the app. Exports, briefs and backups call this.
    @discardableResult
    public func recordDisclosure(what: String, clientCodes: [String], deidentified: Bool) throws -> Disclosure {
        var disclosure = Disclosure(occurredAt: now(), what: what, clientCodes: clientCodes, deidentified: deidentified)
        try write { db in try disclosure.insert(db) }
        return disclosure
    }

    /// The disclosure log, newest first.
    public func disclosures() throws -> [Disclosure] {
        try database.read { db in
            try Disclosure.fetchAll(db, sql: "SELECT * FROM disclosure ORDER BY occurred_at DESC, id DESC")
        }
    }
}
