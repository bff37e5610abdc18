import Foundation

/// A client as the form validated it, ready for the store.
public struct ClientDraft: Hashable, Sendable {
    public var code: String
    public var name: String
    public var aliases: [String]
    public var birthYear: Int?
    public var intakeDate: Date
    public var status: String
    public var frequency: String
    public var presentingConcerns: String

    public init(code: String, name: String, aliases: [String], birthYear: Int?, intakeDate: Date, status: String,
                frequency: String, presentingConcerns: String) {
        self.code = code
        self.name = name
        self.aliases = aliases
        self.birthYear = birthYear
        self.intakeDate = intakeDate
        self.status = status
        self.frequency = frequency
        self.presentingConcerns = presentingConcerns
    }
}
