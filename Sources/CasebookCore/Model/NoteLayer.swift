import GRDB

/// The two notes of a session, kept apart as HIPAA §164.501 asks: the process note is the
/// therapist's private working note, the record note belongs to the clinical record.
public enum NoteLayer: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    case process
    case record
}
