import Foundation
import GRDB

/// A person in treatment. `code` is the pseudonym shown wherever a screen might be seen;
/// `name` and `aliases` exist so de-identification knows what to remove.
public struct Client: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var code: String
    public var name: String
    public var aliases: [String]
    public var birthYear: Int?
    public var intakeDate: Date
    public var status: ClientStatus
    public var frequency: String
    public var presentingConcerns: String
    public var supervisionQuestions: String
    public var createdAt: Date
    public var updatedAt: Date

    public static let databaseTableName = "client"

    enum CodingKeys: String, CodingKey {
        case id, code, name, aliases, status, frequency
        case birthYear = "birth_year"
        case intakeDate = "intake_date"
        case presentingConcerns = "presenting_concerns"
        case supervisionQuestions = "supervision_questions"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(
        id: Int64? = nil, code: String, name: String, aliases: [String] = [], birthYear: Int? = nil,
        intakeDate: Date, status: ClientStatus = .active, frequency: String = "", presentingConcerns: String = "",
        supervisionQuestions: String = "", createdAt: Date = Date(), updatedAt: Date = Date()
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.aliases = aliases
        self.birthYear = birthYear
        self.intakeDate = intakeDate
        self.status = status
        self.frequency = frequency
        self.presentingConcerns = presentingConcerns
        self.supervisionQuestions = supervisionQuestions
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
