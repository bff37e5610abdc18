import CasebookCore
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
    /// Rows whose details were asked for and have not arrived, so a page is asked for once.
    public var requestedDetails: Set<Int64> = []

    /// Rows are read in pages of this many, aligned on multiples of it, so scrolling one row at a
    /// time reads a page now and then rather than a row every key.
    public static let detailPageSize = 50

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
        requestedDetails = []
        if let id = selectedSessionID, let i = detail.sessions.firstIndex(where: { $0.id == id }) {
            sessions.selected = i
        } else {
            sessions.selected = detail.sessions.isEmpty ? nil : detail.sessions.count - 1
        }
        selectedSessionID = selectedSession?.id
    }

    /// Takes rows read for `mark`'s load; rows read for an older load are dropped (a reload
    /// that replaced it asks again).
    public mutating func fillDetails(_ items: [SessionListItem], mark: StoreChangeMark?) {
        for item in items { requestedDetails.remove(item.id) }
        guard var detail, detail.mark == mark else { return }
        detail.fill(items)
        self.detail = detail
    }

    /// The rows without details in the pages that hold the screen (`height` rows from the
    /// scroll offset) and a screen above and below it, not already asked for; marked asked.
    public mutating func takeRowsToRead(height: Int) -> [Int64] {
        guard let detail, !detail.sessions.isEmpty else { return [] }
        let count = detail.sessions.count
        let rows = max(1, height)
        let first = max(0, min(sessions.offset, count - 1) - rows)
        let last = min(count - 1, sessions.offset + 2 * rows - 1)
        guard first <= last else { return [] }
        let size = Self.detailPageSize
        let lower = first / size * size
        let upper = min(count, (last / size + 1) * size)
        var ids: [Int64] = []
        for session in detail.sessions[lower..<upper] where !session.hasDetails && !requestedDetails.contains(session.id) {
            ids.append(session.id)
        }
        requestedDetails.formUnion(ids)
        return ids
    }

    public mutating func moveSelection(_ move: (inout ListState, Int) -> Void) {
        move(&sessions, detail?.sessions.count ?? 0)
        selectedSessionID = selectedSession?.id
    }
}
