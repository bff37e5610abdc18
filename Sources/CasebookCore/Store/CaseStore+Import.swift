import Foundation
import GRDB

extension CaseStore {
    /// Runs `body` in one write transaction: every record it adds lands together or not at all.
    /// Writing a whole caseload one save at a time costs a transaction (and an fsync) per
    /// record; the demo writer and importers add a client and all their sessions in one.
    public func batch<T>(_ body: (Batch) throws -> T) throws -> T {
        try batch(resolver: SlugResolver(), body)
    }

    /// A batch whose `#slug` resolutions carry over from earlier batches: for a writer that
    /// owns a new file, where nothing else changes the codebook between its batches.
    func batch<T>(resolver: SlugResolver, _ body: (Batch) throws -> T) throws -> T {
        let stamp = now()
        return try write { db in try body(Batch(store: self, db: db, stamp: stamp, memory: BatchMemory(resolver: resolver))) }
    }

    /// Folds the write-ahead log into the database file, so the file alone holds everything
    /// (after a bulk write, before the file is copied or handed on).
    public func checkpoint() throws {
        do {
            _ = try database.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        } catch let error as DatabaseError {
            throw Self.storeError(for: error, path: url.path)
        }
    }

    /// The store's writes, inside a transaction opened by `batch`. The same checks as the
    /// one-at-a-time API apply; a thrown error rolls the whole batch back.
    public struct Batch {
        let store: CaseStore
        let db: Database
        /// One time stamp for the batch, as a single save would have.
        public let stamp: Date
        let memory: BatchMemory

        /// Whether row `id` is in `table` (one of the store's own table names), asking the
        /// database only about rows this batch has not written.
        private func exists(_ table: String, _ id: Int64, known: Bool) throws -> Bool {
            if known { return true }
            return try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)"), arguments: [id]) ?? false
        }

        private func clientExists(_ id: Int64) throws -> Bool {
            try exists("client", id, known: memory.newClients[id] != nil)
        }

        @discardableResult
        public func createClient(_ client: Client) throws -> Client {
            var client = client
            client.id = nil
            client.code = try CaseStore.validatedCode(client.code)
            client.createdAt = stamp
            client.updatedAt = stamp
            let taken = try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM client WHERE code = ?)"),
                arguments: [client.code]) ?? false
            if taken { throw StoreError.duplicateClientCode(client.code) }
            try client.insert(db)
            if let id = client.id { memory.newClients[id] = BatchMemory.Numbers() }
            return client
        }

        @discardableResult
        public func addFigure(clientID: Int64, role: String, name: String = "") throws -> Figure {
            guard try clientExists(clientID) else { throw StoreError.clientNotFound("#\(clientID)") }
            var figure = Figure(clientID: clientID, role: role, name: name)
            try figure.insert(db)
            if let id = figure.id { memory.figures.insert(id) }
            return figure
        }

        /// Writes a client's first formulation (or replaces one, keeping no revision: use
        /// `CaseStore.saveFormulation` for edits a clinician makes).
        @discardableResult
        public func saveFormulation(_ formulation: Formulation) throws -> Formulation {
            guard try clientExists(formulation.clientID) else {
                throw StoreError.clientNotFound("#\(formulation.clientID)")
            }
            var saved = formulation
            saved.updatedAt = stamp
            try saved.save(db)
            return saved
        }

        /// Adds the client's next session with both notes, numbered after the highest so far
        /// unless `number` is given. The process note goes through the same inline-tag sync as
        /// `saveNote`, so its `#tags` become observations and unknown ones are reported.
        public func createSession(
            clientID: Int64, number: Int? = nil, startedAt: Date, durationMinutes: Int = 50,
            attendance: Attendance = .attended, modality: Modality = .inPerson,
            processNote: String = "", recordNote: String = "", flaggedForSupervision: Bool = false
        ) throws -> (session: Session, inline: InlineSyncResult) {
            guard try clientExists(clientID) else { throw StoreError.clientNotFound("#\(clientID)") }
            let numbers = memory.newClients[clientID]
            let assigned: Int
            if let number {
                let taken = try numbers.map { $0.taken.contains(number) } ?? Bool.fetchOne(
                    db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM session WHERE client_id = ? AND number = ?)"),
                    arguments: [clientID, number]) ?? false
                if taken || number < 1 { throw StoreError.sessionNumberTaken(number) }
                assigned = number
            } else if let numbers {
                assigned = numbers.highest + 1
            } else {
                assigned = (try Int.fetchOne(
                    db.cachedStatement(sql: "SELECT max(number) FROM session WHERE client_id = ?"),
                    arguments: [clientID]) ?? 0) + 1
            }
            var session = Session(
                clientID: clientID, number: assigned, startedAt: startedAt, durationMinutes: durationMinutes,
                attendance: attendance, modality: modality, recordNote: recordNote, processNote: processNote,
                flaggedForSupervision: flaggedForSupervision, createdAt: stamp, updatedAt: stamp)
            try CaseStore.insertSession(&session, db)
            guard let id = session.id else { throw StoreError.sessionNotFound(-1) }
            memory.sessions.insert(id)
            memory.newClients[clientID]?.insert(assigned)
            let inline = try store.syncInlineObservations(
                sessionID: id, text: processNote, at: stamp, db, resolver: memory.resolver, isNew: true)
            return (session, inline)
        }

        @discardableResult
        public func addMeasure(sessionID: Int64, instrument: String, score: Double) throws -> Measure {
            let instrument = instrument.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !instrument.isEmpty, score.isFinite else { throw StoreError.invalidInstrument }
            guard try exists("session", sessionID, known: memory.sessions.contains(sessionID)) else {
                throw StoreError.sessionNotFound(sessionID)
            }
            var measure = Measure(sessionID: sessionID, instrument: instrument, score: score)
            try CaseStore.insertMeasure(&measure, db)
            return measure
        }

        @discardableResult
        public func addEpisode(_ episode: RelationshipEpisode) throws -> RelationshipEpisode {
            guard try exists("session", episode.sessionID, known: memory.sessions.contains(episode.sessionID)) else {
                throw StoreError.sessionNotFound(episode.sessionID)
            }
            if let figureID = episode.figureID, try !exists("figure", figureID, known: memory.figures.contains(figureID)) {
                throw StoreError.figureNotFound(figureID)
            }
            for tagID in [episode.wishTagID, episode.roTagID, episode.rsTagID].compactMap({ $0 }) {
                guard try exists("tag", tagID, known: memory.tags.contains(tagID)) else {
                    throw StoreError.tagNotFound("#\(tagID)")
                }
                memory.tags.insert(tagID)
            }
            var saved = episode
            saved.id = nil
            try CaseStore.insertEpisode(&saved, db)
            return saved
        }

        /// The code `category/slug`, following merges; nil when the codebook has none.
        public func tag(category: TagCategory, slug: String) throws -> Tag? {
            guard case .tag(let tag) = try memory.resolver.resolve(category: category.rawValue, slug: slug, db) else {
                return nil
            }
            if let id = tag.id { memory.tags.insert(id) }
            return tag
        }

        /// The code `category/slug`, added when the codebook does not have it yet.
        @discardableResult
        public func ensureTag(category: TagCategory, name: String, slug: String, description: String = "") throws -> Tag {
            let slug = try CaseStore.validatedSlug(slug)
            if let existing = try Tag.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM tag WHERE category = ? AND slug = ?"),
                arguments: [category.rawValue, slug])
            {
                return existing
            }
            let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { throw StoreError.invalidTagName }
            var tag = Tag(category: category, name: name, slug: slug, description: description)
            try tag.insert(db)
            // A slug that was unknown a moment ago may mean this code now.
            memory.resolver.forget()
            if let id = tag.id { memory.tags.insert(id) }
            return tag
        }
    }
}
