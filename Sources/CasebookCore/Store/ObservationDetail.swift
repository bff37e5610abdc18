import Foundation

/// An observation with its code and the session it belongs to, as lists show it.
public struct ObservationDetail: Hashable, Sendable {
    public var observation: Observation
    public var tag: Tag
    public var sessionNumber: Int
    public var sessionStartedAt: Date

    public init(observation: Observation, tag: Tag, sessionNumber: Int, sessionStartedAt: Date) {
        self.observation = observation
        self.tag = tag
        self.sessionNumber = sessionNumber
        self.sessionStartedAt = sessionStartedAt
    }
}
