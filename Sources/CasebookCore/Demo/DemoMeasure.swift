/// An outcome measure taken in a demo session.
public struct DemoMeasure: Hashable, Sendable {
    /// `PHQ-9` (0–27) or `GAD-7` (0–21).
    public var instrument: String
    public var score: Int

    public init(instrument: String, score: Int) {
        self.instrument = instrument
        self.score = score
    }
}
