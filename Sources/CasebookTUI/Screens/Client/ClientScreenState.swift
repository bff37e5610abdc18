import TerminalKit

/// The Client screen: which client, which tab, which session row.
public struct ClientScreenState: Hashable, Sendable {
    public var clientID: Int64
    /// Nil until the load arrives.
    public var detail: ClientDetail?
    public var tab: ClientTab = .sessions
    public var sessions = ListState()
    /// Kept by id so a reload (after a new session) keeps the row.
    public var selectedSessionID: Int64?

    public init(clientID: Int64) {
        self.clientID = clientID
    }

    public var selectedSession: SessionListItem? {
        guard let detail, let i = sessions.selected, detail.sessions.indices.contains(i) else { return nil }
        return detail.sessions[i]
    }

    /// Takes a fresh load; the newest session is selected the first time, as that is the one
    /// a clinician usually wants.
    public mutating func setDetail(_ detail: ClientDetail) {
        self.detail = detail
        if let id = selectedSessionID, let i = detail.sessions.firstIndex(where: { $0.id == id }) {
            sessions.selected = i
        } else {
            sessions.selected = detail.sessions.isEmpty ? nil : detail.sessions.count - 1
        }
        selectedSessionID = selectedSession?.id
    }

    public mutating func moveSelection(_ move: (inout ListState, Int) -> Void) {
        move(&sessions, detail?.sessions.count ?? 0)
        selectedSessionID = selectedSession?.id
    }
}
