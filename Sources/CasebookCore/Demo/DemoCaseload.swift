import Foundation

/// A fictional caseload for the demo, the tour and the benchmarks, as plain values that the
/// store can insert. Everything is derived from the seed, so a given seed always gives the
/// same clients, dates and notes on every machine.
public struct DemoCaseload: Hashable, Sendable {
    public var clients: [DemoClient]
    /// The date the caseload was built around; intake dates fall within about a year after it.
    public var referenceDate: Date

    public init(clients: [DemoClient], referenceDate: Date) {
        self.clients = clients
        self.referenceDate = referenceDate
    }

    /// The demo's own codes, added to the built-in codebook when the demo is loaded.
    public static let themes: [DemoTheme] = [
        DemoTheme(name: "Abandonment", slug: "abandonment", description: "Fear or experience of being left, forgotten or not waited for."),
        DemoTheme(name: "Envy", slug: "envy", description: "Painful wish for what another has, often spoiling it."),
        DemoTheme(name: "Fear of dependency", slug: "fear-of-dependency", description: "Needing someone feels dangerous, weakening or humiliating."),
        DemoTheme(name: "Shame", slug: "shame", description: "Feeling exposed and defective in the eyes of others."),
        DemoTheme(name: "Loss", slug: "loss", description: "Grief for people, places or possibilities that are gone."),
        DemoTheme(name: "Rivalry", slug: "rivalry", description: "Competition with a sibling, parent or peer for love or standing."),
        DemoTheme(name: "Guilt", slug: "guilt", description: "Feeling one has harmed or failed someone and must make up for it."),
        DemoTheme(name: "Control", slug: "control", description: "Need to manage people and events so nothing unexpected happens."),
        DemoTheme(name: "Intimacy", slug: "intimacy", description: "Closeness sought and feared: letting someone really know you."),
        DemoTheme(category: .dream, name: "Dream", slug: "dream", description: "A dream the client brought to the session."),
        DemoTheme(category: .memory, name: "Early memory", slug: "early-memory", description: "A childhood memory recalled in the session."),
    ]

    /// Builds a caseload of `clients` clients with `sessionsPerClient` sessions each (20…80 by
    /// default). The first four clients carry the teaching patterns of `DemoPattern`.
    /// Work is proportional to the number of sessions, so a 1,000-client, 36,000-session caseload
    /// for the benchmarks is as cheap per session as the twelve-client demo.
    public static func generate(clients: Int = 12, sessionsPerClient: ClosedRange<Int>? = nil, seed: UInt64 = 1) -> DemoCaseload {
        var rng = SplitMix64(seed: seed)
        let reference = referenceDate(seed: seed)
        let range = sessionsPerClient ?? 20...80
        var result: [DemoClient] = []
        result.reserveCapacity(max(clients, 0))
        for index in 0..<max(clients, 0) {
            var clientRNG = SplitMix64(seed: rng.next())
            let pattern = index < DemoPattern.allCases.count ? DemoPattern.allCases[index] : nil
            let sessions = clientRNG.int(in: max(range.lowerBound, 0)...max(range.upperBound, 0))
            var generator = DemoClientGenerator(index: index, pattern: pattern, sessionCount: sessions,
                                                reference: reference, rng: clientRNG)
            result.append(generator.make())
        }
        return DemoCaseload(clients: result, referenceDate: reference)
    }

    /// A fixed Monday in 2023 moved by the seed, never the clock, so output does not depend on when it runs.
    static func referenceDate(seed: UInt64) -> Date {
        let monday2023 = 1_672_617_600.0
        return Date(timeIntervalSince1970: monday2023 + Double(seed % 52) * 7 * 86_400)
    }
}
