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
    static let previewLineCount = 4

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

    func loadClients() throws -> [ClientListItem] {
        try store.listClients().compactMap { summary in
            guard let id = summary.client.id else { return nil }
            let observations = try store.observations(clientID: id)
            var item = Self.item(summary.client, id: id, sessionCount: summary.sessionCount, lastSeen: summary.lastSeen)
            let ranked = Self.rankBySessions(observations)
            item.topThemes = Array(ranked.filter { $0.category == .theme }.prefix(Self.topThemeCount))
            item.frequentTags = Array(ranked.prefix(Self.frequentTagCount))
            if let last = try lastSessionWithNote(clientID: id, sessionCount: summary.sessionCount) {
                let note = last.processNote.isEmpty ? last.recordNote : last.processNote
                item.lastSessionNumber = last.number
                item.lastSessionDate = last.startedAt
                item.lastSessionLines = NoteExcerpt.lines(note, count: Self.previewLineCount)
            }
            return item
        }
    }

    /// The latest session that has a note, read one session at a time from the end: a whole
    /// caseload's notes are never loaded just to preview the last lines of each client.
    func lastSessionWithNote(clientID: Int64, sessionCount: Int) throws -> Session? {
        guard sessionCount > 0 else { return nil }
        let hasNote = { (s: Session) in !(s.processNote.isEmpty && s.recordNote.isEmpty) }
        // Numbers run 1…count unless a session was deleted; then look at them all once.
        let contiguous = try store.session(clientID: clientID, number: sessionCount) != nil
            && store.session(clientID: clientID, number: sessionCount + 1) == nil
        guard contiguous else { return try store.sessions(clientID: clientID).last(where: hasNote) }
        for number in stride(from: sessionCount, through: max(1, sessionCount - 3), by: -1) {
            if let session = try store.session(clientID: clientID, number: number), hasNote(session) { return session }
        }
        return try store.sessions(clientID: clientID).last(where: hasNote)
    }

    static func item(_ client: Client, id: Int64, sessionCount: Int, lastSeen: Date?) -> ClientListItem {
        ClientListItem(
            id: id, code: client.code, name: client.name, status: client.status.rawValue, frequency: client.frequency,
            sessionCount: sessionCount, lastSeen: lastSeen, presentingConcerns: client.presentingConcerns,
            aliases: client.aliases, birthYear: client.birthYear, intakeDate: client.intakeDate)
    }

    /// Codes by the number of sessions they were seen in, most first; ties by name.
    static func rankBySessions(_ observations: [ObservationDetail]) -> [TagChip] {
        var sessionsByTag: [Int64: Set<Int64>] = [:]
        var tags: [Int64: Tag] = [:]
        for detail in observations {
            guard let tagID = detail.tag.id else { continue }
            sessionsByTag[tagID, default: []].insert(detail.observation.sessionID)
            tags[tagID] = detail.tag
        }
        return sessionsByTag
            .map { TagChip(name: tags[$0.key]!.name, category: tags[$0.key]!.category, count: $0.value.count) }
            .sorted { $0.count == $1.count ? $0.name < $1.name : $0.count > $1.count }
    }

    func loadClient(_ id: Int64) throws -> ClientDetail? {
        guard let client = try store.client(id: id) else { return nil }
        let sessions = try store.sessions(clientID: id)
        var chipsBySession: [Int64: [TagChip]] = [:]
        for detail in try store.observations(clientID: id) {
            var chips = chipsBySession[detail.observation.sessionID, default: []]
            if !chips.contains(where: { $0.name == detail.tag.name && $0.category == detail.tag.category }) {
                chips.append(TagChip(name: detail.tag.name, category: detail.tag.category))
            }
            chipsBySession[detail.observation.sessionID] = chips
        }
        let rows: [SessionListItem] = sessions.compactMap { session in
            guard let sid = session.id else { return nil }
            let note = session.processNote.isEmpty ? session.recordNote : session.processNote
            return SessionListItem(
                id: sid, number: session.number, date: session.startedAt, attendance: session.attendance.rawValue,
                firstLine: NoteExcerpt.lines(note, count: 1).first ?? "", tags: chipsBySession[sid] ?? [],
                isSigned: session.isSigned)
        }
        return ClientDetail(
            id: id, code: client.code, name: client.name, status: client.status.rawValue, frequency: client.frequency,
            intakeDate: client.intakeDate, presentingConcerns: client.presentingConcerns, sessions: rows)
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
