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
    public var sessions: [SessionListItem]

    public init(id: Int64, code: String, name: String, status: String, frequency: String, intakeDate: Date,
                presentingConcerns: String, sessions: [SessionListItem]) {
        self.id = id
        self.code = code
        self.name = name
        self.status = status
        self.frequency = frequency
        self.intakeDate = intakeDate
        self.presentingConcerns = presentingConcerns
        self.sessions = sessions
    }
}
