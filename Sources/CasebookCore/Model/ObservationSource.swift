import GRDB

/// `inline` observations follow the `#tags` of the process note; `manual` ones are the clinician's own.
public enum ObservationSource: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    case inline
    case manual
}
