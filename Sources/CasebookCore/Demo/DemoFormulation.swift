/// A demo client's case formulation (SPEC §2, `formulation`).
public struct DemoFormulation: Hashable, Sendable {
    public var presentingProblem: String
    public var coreConflict: String
    public var ccrtSummary: String
    public var defensiveStyle: String
    public var development: String
    public var treatmentGoals: String

    public init(presentingProblem: String, coreConflict: String, ccrtSummary: String, defensiveStyle: String,
                development: String, treatmentGoals: String) {
        self.presentingProblem = presentingProblem
        self.coreConflict = coreConflict
        self.ccrtSummary = ccrtSummary
        self.defensiveStyle = defensiveStyle
        self.development = development
        self.treatmentGoals = treatmentGoals
    }
}
