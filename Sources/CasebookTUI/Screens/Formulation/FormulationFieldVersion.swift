import Foundation

/// One earlier wording of a formulation field, as the history overlay lists it.
public struct FormulationFieldVersion: Hashable, Sendable {
    public var text: String
    /// When this wording was written.
    public var writtenAt: Date
    /// When a later save replaced it.
    public var replacedAt: Date
}
