import CasebookCore
import Foundation

/// Runs effects against the store and turns the results (and failures) into events. The only
/// place the interface touches `CaseStore`, besides the session screen's own `run`.
public struct EffectRunner: Sendable {
    public let store: CaseStore
    /// The clock, for effects that stamp things (a new session is dated now).
    public let clock: @Sendable () -> Date

    /// How many theme chips a list row shows, and how many codes the preview lists.
    static let topThemeCount = 3
    static let frequentTagCount = 6
    static let previewLineCount = ClientPreviewDetail.lineCount

    public init(store: CaseStore, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.clock = clock
    }

    public func run(_ effect: Effect) -> [AppEvent] {
        do {
            switch effect {
            case let .loadClients(select):
                return [.clientsLoaded(try loadClients(), select: select)]
            case let .loadClient(id):
                guard let detail = try loadClient(id) else { return [.failed("That client no longer exists.")] }
                return [.clientLoaded(detail)]
            case let .loadPreviewDetail(clientID):
                return [.previewDetailLoaded(clientID: clientID, try loadPreviewDetail(clientID))]
            case let .loadSessionDetails(clientID, ids, mark):
                return try sessionDetails(clientID: clientID, ids: ids, mark: mark)
            case let .refreshClient(id, mark):
                // Asked every tick: a failure here says nothing new each time, so it waits for
                // the clinician's next action to be reported.
                guard (try? store.changeMark()) != mark, let detail = try? loadClient(id) else { return [] }
                return [.clientLoaded(detail)]
            case let .loadPreviewPatterns(clientID):
                return [.previewPatternsLoaded(clientID: clientID, try ClientPreviewPatterns.summary(store: store, clientID: clientID))]
            case let .saveClient(draft, id):
                return saveClient(draft, id: id)
            case let .closeClient(id):
                try store.setClientStatus(id, .closed)
                return [.clientClosed(id: id)]
            case let .createSession(clientID):
                let session = try store.createSession(clientID: clientID, startedAt: clock())
                guard let id = session.id else { return [.failed("The new session has no id; please try again.")] }
                return [.sessionOpened(try SessionScreen.open(sessionID: id, store: store, now: clock()))]
            case let .openSession(id):
                return [.sessionOpened(try SessionScreen.open(sessionID: id, store: store, now: clock()))]
            case let .session(sessionEffect):
                return SessionScreen.run(sessionEffect, store: store, now: clock()).map(AppEvent.session)
            case var .flushSession(screen):
                return SessionScreen.flush(&screen, store: store).map(AppEvent.session)
            case let .rememberCodeOnly(on):
                guard let file = SettingsFile.standard() else { return [] }
                var settings = file.load().settings
                settings.codeOnly = on
                try file.save(settings)
                return []
            case let .openComponent(kind):
                return [.componentOpened(try kind.open(store: store, now: clock(), codeOnly: false))]
            case let .component(work):
                return work.perform(store, clock()).map { AppEvent.component(screenID: work.screenID, answer: $0) }
            case let .flushComponent(screen):
                return [.componentFlushed(screen.flushed(store: store, now: clock()))]
            case let .afterFlush(route):
                return [.flushed(route)]
            case let .writeRecovery(drafts, reason, route):
                return writeRecovery(drafts, reason: reason, then: route)
            case .suspend, .quit, .externalEdit:
                return []
            }
        } catch {
            return [.failed(Self.message(for: error))]
        }
    }

    static func message(for error: Error) -> String {
        if let storeError = error as? StoreError { return storeError.description }
        return String(describing: error)
    }

    /// The whole caseload in one read (`CaseStore.clientRoster`): what the rows and the filter
    /// need, theme chips from the per-client code counts the store keeps. The preview's codes
    /// and note are read for the selected client only (`loadPreviewDetail`).
    func loadClients() throws -> [ClientListItem] {
        try store.clientRoster(themeLimit: Self.topThemeCount).map { entry in
            ClientListItem(
                id: entry.id, code: entry.code, name: entry.name, status: entry.status.rawValue,
                frequency: entry.frequency, sessionCount: entry.sessionCount, lastSeen: entry.lastSeen,
                topThemes: entry.themes.map { TagChip(name: $0.name, category: $0.category, count: $0.sessions) },
                presentingConcerns: entry.presentingConcerns, aliases: entry.aliases, birthYear: entry.birthYear,
                intakeDate: entry.intakeDate)
        }
    }

    /// The selected client's frequent codes and the first lines of its latest note, from the
    /// note's start (the whole note only when the start may not hold the lines).
    func loadPreviewDetail(_ clientID: Int64) throws -> ClientPreviewDetail {
        let facts = try store.clientPreviewFacts(clientID: clientID, codeLimit: Self.frequentTagCount)
        var detail = ClientPreviewDetail(
            frequentTags: facts.codes.map { TagChip(name: $0.name, category: $0.category, count: $0.sessions) })
        if let last = facts.latestNote {
            detail.lastSessionNumber = last.sessionNumber
            detail.lastSessionDate = last.startedAt
            let part = try NoteExcerpt.part(last.excerpt, isWhole: last.isWhole, count: Self.previewLineCount) {
                try store.session(id: last.sessionID).map { $0.processNote.isEmpty ? $0.recordNote : $0.processNote }
            }
            detail.lastSessionLines = NoteExcerpt.lines(part, count: Self.previewLineCount)
        }
        return detail
    }

    /// What Enter on a client reads: the client and where each session stands (number, date,
    /// attendance) from an index; the rows on screen are read next (`sessionItems(ids:)`), so a
    /// 1,300-session client reads about a hundred notes' starts, not 1,300.
    func loadClient(_ id: Int64) throws -> ClientDetail? {
        // Taken first: a write after it makes the mark old, never the rows.
        let mark = try store.changeMark()
        guard let client = try store.client(id: id) else { return nil }
        let rows = try store.sessionOutline(clientID: id).map(SessionListItem.init(outline:))
        return ClientDetail(
            id: id, code: client.code, name: client.name, status: client.status.rawValue, frequency: client.frequency,
            intakeDate: client.intakeDate, presentingConcerns: client.presentingConcerns, sessions: rows, mark: mark)
    }

    /// Rows of a loaded client; if the store moved since its load, the client again instead, so
    /// rows read now never sit beside an outline from before a write.
    func sessionDetails(clientID: Int64, ids: [Int64], mark: StoreChangeMark?) throws -> [AppEvent] {
        if try store.changeMark() != mark {
            guard let detail = try loadClient(clientID) else { return [.failed("That client no longer exists.")] }
            return [.clientLoaded(detail)]
        }
        return [.sessionDetailsLoaded(clientID: clientID, mark: mark, try sessionItems(ids: ids))]
    }

    /// Sessions as rows of the Sessions tab: the note's first line (from its start), its codes as
    /// chips in note order, each code once.
    func sessionItems(ids: [Int64]) throws -> [SessionListItem] {
        guard !ids.isEmpty else { return [] }
        let tags = try store.tagNames()
        return try store.sessionRows(ids: ids).map { session in
            var chips: [TagChip] = []
            for tagID in session.tagIDs {
                guard let tag = tags[tagID] else { continue }
                if !chips.contains(where: { $0.name == tag.name && $0.category == tag.category }) {
                    chips.append(TagChip(name: tag.name, category: tag.category))
                }
            }
            var item = SessionListItem(
                id: session.id, number: session.number, date: session.startedAt, attendance: session.attendance.rawValue,
                firstLine: "", tags: chips, isSigned: session.isSigned)
            item.noteStart = try NoteExcerpt.part(session.noteExcerpt, isWhole: session.noteIsWhole, count: 1) {
                try store.session(id: session.id).map { $0.processNote.isEmpty ? $0.recordNote : $0.processNote }
            }
            return item
        }
    }

    func saveClient(_ draft: ClientDraft, id: Int64?) -> [AppEvent] {
        do {
            let status = ClientStatus(rawValue: draft.status) ?? .active
            let saved: Client
            if let id {
                guard var client = try store.client(id: id) else {
                    return [.clientSaveFailed(field: nil, message: "That client no longer exists.")]
                }
                client.code = draft.code
                client.name = draft.name
                client.aliases = draft.aliases
                client.birthYear = draft.birthYear
                client.intakeDate = draft.intakeDate
                client.status = status
                client.frequency = draft.frequency
                client.presentingConcerns = draft.presentingConcerns
                saved = try store.updateClient(client)
            } else {
                saved = try store.createClient(Client(
                    code: draft.code, name: draft.name, aliases: draft.aliases, birthYear: draft.birthYear,
                    intakeDate: draft.intakeDate, status: status, frequency: draft.frequency,
                    presentingConcerns: draft.presentingConcerns))
            }
            guard let savedID = saved.id else { return [.clientSaveFailed(field: nil, message: "The client was not saved.")] }
            return [.clientSaved(id: savedID, message: id == nil ? "Added \(saved.code)." : "Saved \(saved.code).")]
        } catch let error as StoreError {
            switch error {
            case .duplicateClientCode, .invalidClientCode:
                return [.clientSaveFailed(field: .code, message: error.description)]
            default:
                return [.clientSaveFailed(field: nil, message: error.description)]
            }
        } catch {
            return [.clientSaveFailed(field: nil, message: Self.message(for: error))]
        }
    }
}
