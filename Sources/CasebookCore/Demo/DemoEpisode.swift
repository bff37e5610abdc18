/// A CCRT relationship episode told in a demo session.
public struct DemoEpisode: Hashable, Sendable {
    /// The figure's role, or nil when the episode is with the therapist.
    public var figureRole: String?
    public var narrative: String
    public var wishSlug: String
    public var roSlug: String
    public var roPositive: Bool
    public var rsSlug: String
    public var rsPositive: Bool

    public init(figureRole: String?, narrative: String, wishSlug: String, roSlug: String, roPositive: Bool,
                rsSlug: String, rsPositive: Bool) {
        self.figureRole = figureRole
        self.narrative = narrative
        self.wishSlug = wishSlug
        self.roSlug = roSlug
        self.roPositive = roPositive
        self.rsSlug = rsSlug
        self.rsPositive = rsPositive
    }
}
