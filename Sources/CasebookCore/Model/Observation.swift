import Foundation
import GRDB

/// A tag seen in a session. Spans are Unicode scalar offsets into the process note, as `InlineTag` gives them.
public struct Observation: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var sessionID: Int64
    public var tagID: Int64
    /// 1 tentative, 2 clear, 3 strong.
    public var intensity: Int
    public var evidence: String
    public var comment: String
    public var spanStart: Int?
    public var spanEnd: Int?
    public var source: ObservationSource
    public var flaggedForSupervision: Bool
    public var createdAt: Date
    public var updatedAt: Date

    public static let databaseTableName = "observation"

    enum CodingKeys: String, CodingKey {
        case id, intensity, evidence, comment, source
        case sessionID = "session_id"
        case tagID = "tag_id"
        case spanStart = "span_start"
        case spanEnd = "span_end"
        case flaggedForSupervision = "flagged_for_supervision"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(
        id: Int64? = nil, sessionID: Int64, tagID: Int64, intensity: Int = 2, evidence: String = "",
        comment: String = "", spanStart: Int? = nil, spanEnd: Int? = nil, source: ObservationSource = .manual,
        flaggedForSupervision: Bool = false, createdAt: Date = Date(), updatedAt: Date = Date()
    ) {
        self.id = id
        self.sessionID = sessionID
        self.tagID = tagID
        self.intensity = intensity
        self.evidence = evidence
        self.comment = comment
        self.spanStart = spanStart
        self.spanEnd = spanEnd
        self.source = source
        self.flaggedForSupervision = flaggedForSupervision
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public var span: Range<Int>? {
        guard let spanStart, let spanEnd, spanStart <= spanEnd else { return nil }
        return spanStart..<spanEnd
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
