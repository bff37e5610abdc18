/// Median and 95th percentile of a set of timings. The median says what a clinician usually
/// waits; the p95 says how bad the occasional slow one is, which is what they remember.
public struct BenchStatistics: Hashable, Sendable {
    public var median: Double
    public var p95: Double
    public var count: Int

    /// Nil for no samples: an operation that never ran has no typical time.
    public init?(_ samples: [Double]) {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        // Nearest rank: the smallest sample at or above 95 % of them.
        let rank = Int((0.95 * Double(sorted.count)).rounded(.up))
        p95 = sorted[max(0, min(sorted.count - 1, rank - 1))]
        count = sorted.count
    }
}
