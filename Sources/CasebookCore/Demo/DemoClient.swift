import Foundation

/// A fictional demo client with everything the store keeps about one (SPEC §2).
public struct DemoClient: Hashable, Sendable {
    /// Short pseudonymous code such as `KT-014`; the letters are random, not initials.
    public var code: String
    public var name: String
    public var aliases: [String]
    public var birthYear: Int
    public var intakeDate: Date
    /// `active`, `paused` or `closed`.
    public var status: String
    /// Such as `2×/week`.
    public var frequency: String
    public var presentingConcerns: String
    public var supervisionQuestions: String
    public var figures: [DemoFigure]
    public var formulation: DemoFormulation
    public var sessions: [DemoSession]
    /// Which built-in pattern this client shows, if any, so tests and the tour can find it.
    public var pattern: DemoPattern?

    public init(code: String, name: String, aliases: [String], birthYear: Int, intakeDate: Date, status: String,
                frequency: String, presentingConcerns: String, supervisionQuestions: String, figures: [DemoFigure],
                formulation: DemoFormulation, sessions: [DemoSession], pattern: DemoPattern?) {
        self.code = code
        self.name = name
        self.aliases = aliases
        self.birthYear = birthYear
        self.intakeDate = intakeDate
        self.status = status
        self.frequency = frequency
        self.presentingConcerns = presentingConcerns
        self.supervisionQuestions = supervisionQuestions
        self.figures = figures
        self.formulation = formulation
        self.sessions = sessions
        self.pattern = pattern
    }

    /// The figure in `role`, if the client has one.
    public func figure(_ role: String) -> DemoFigure? { figures.first { $0.role == role } }
}
