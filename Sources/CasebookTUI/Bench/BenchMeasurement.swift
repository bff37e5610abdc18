/// One timed operation: what it is, how long it took, the SPEC target, and the floor (the same
/// work done by a bare tool) when one exists. A nil `statistics` means it could not be measured
/// in this build, which is reported as such, never as a number.
public struct BenchMeasurement: Sendable {
    public var name: String
    public var statistics: BenchStatistics?
    public var targetMilliseconds: Double?
    /// A second bound on the p95, for operations whose target names one.
    public var targetP95Milliseconds: Double?
    public var floor: BenchFloor?
    /// Why it was not measured, when it was not.
    public var note: String?

    public init(
        name: String, statistics: BenchStatistics?, targetMilliseconds: Double? = nil,
        targetP95Milliseconds: Double? = nil, floor: BenchFloor? = nil, note: String? = nil
    ) {
        self.name = name
        self.statistics = statistics
        self.targetMilliseconds = targetMilliseconds
        self.targetP95Milliseconds = targetP95Milliseconds
        self.floor = floor
        self.note = note
    }

    /// Whether the target holds; nil when there is no target or no measurement.
    public var meetsTarget: Bool? {
        guard let statistics, let targetMilliseconds else { return nil }
        if let targetP95Milliseconds, statistics.p95 > targetP95Milliseconds { return false }
        return statistics.median <= targetMilliseconds
    }

    /// How many times the floor's median this operation's median is.
    public var floorRatio: Double? {
        guard let statistics, let floor, let floorStatistics = floor.statistics, floorStatistics.median > 0 else {
            return nil
        }
        return statistics.median / floorStatistics.median
    }
}

/// The same work done without Casebook: the `sqlite3` shell on the same file, or `rg` over the
/// same notes as plain files.
public struct BenchFloor: Sendable {
    public var name: String
    public var statistics: BenchStatistics?
    public var note: String?

    public init(name: String, statistics: BenchStatistics?, note: String? = nil) {
        self.name = name
        self.statistics = statistics
        self.note = note
    }
}
