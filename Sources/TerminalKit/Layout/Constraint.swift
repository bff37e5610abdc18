/// How much of a split one part asks for.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (less if the space runs out).
    case length(Int)
    /// This percentage of the whole extent, rounded down.
    case percentage(Int)
    /// At least this many cells, and a share of leftover space when no `fill` part takes it.
    case min(Int)
    /// A share of the space left after the others, in proportion to the weight.
    case fill(Int)
}
