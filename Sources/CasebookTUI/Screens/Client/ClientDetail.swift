import CasebookCore
import Foundation

/// Everything the Client screen shows about one client, loaded by an effect.
public struct ClientDetail: Hashable, Sendable {
    public var id: Int64
    public var code: String
    public var name: String
    public var status: String
    public var frequency: String
    public var intakeDate: Date
    public var presentingConcerns: String
    /// Every session in order of number; rows away from the screen hold only their outline
    /// until scrolled near (`SessionListItem.hasDetails`).
    public var sessions: [SessionListItem]
    /// Where the store stood before this was read: rows read later are merged only into the
    /// load they belong to, and a newer mark means this is reloaded (`Effect.refreshClient`).
    public var mark: StoreChangeMark?

    public init(id: Int64, code: String, name: String, status: String, frequency: String, intakeDate: Date,
                presentingConcerns: String, sessions: [SessionListItem], mark: StoreChangeMark? = nil) {
        self.id = id
        self.code = code
        self.name = name
        self.status = status
        self.frequency = frequency
        self.intakeDate = intakeDate
        self.presentingConcerns = presentingConcerns
        self.sessions = sessions
        self.mark = mark
    }

    /// Puts read rows in place of their outlines, by id; a row no longer listed is ignored.
    public mutating func fill(_ items: [SessionListItem]) {
        guard !items.isEmpty else { return }
        var position: [Int64: Int] = [:]
        for (i, session) in sessions.enumerated() { position[session.id] = i }
        for item in items {
            if let i = position[item.id] { sessions[i] = item }
        }
    }
}
