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
        let range = sessionsPerClient ?? 20...80
        let bounds = max(range.lowerBound, 0)...max(range.upperBound, 0)
        return build(clients: max(clients, 0), seed: seed, paragraphs: 1) { _, rng in rng.int(in: bounds) }
    }

    /// A caseload with exactly `sessionCounts[i]` sessions for client `i`, and process notes made
    /// of `paragraphs` passages each (about 600 characters and 5 inline tags per passage), for
    /// benchmarks that need a precise shape.
    public static func generate(sessionCounts: [Int], paragraphs: Int = 1, seed: UInt64 = 1) -> DemoCaseload {
        build(clients: sessionCounts.count, seed: seed, paragraphs: paragraphs) { index, _ in max(sessionCounts[index], 0) }
    }

    /// The `career` benchmark scale of SPEC §8: 1,000 clients and 36,000 sessions, one of them
    /// (the fifth client) seen four times a week for 1,300 sessions, notes of about 2,000 characters.
    public static func career(seed: UInt64 = 1) -> DemoCaseload {
        var counts = Array(repeating: 34, count: 1_000)
        counts[4] = 1_300
        var extra = 36_000 - counts.reduce(0, +)
        var index = 0
        while extra > 0 {
            if index != 4 { counts[index] += 1; extra -= 1 }
            index += 1
        }
        return generate(sessionCounts: counts, paragraphs: 3, seed: seed)
    }

    private static func build(clients: Int, seed: UInt64, paragraphs: Int,
                              sessionCount: (Int, inout SplitMix64) -> Int) -> DemoCaseload {
        var rng = SplitMix64(seed: seed)
        let reference = referenceDate(seed: seed)
        var result: [DemoClient] = []
        result.reserveCapacity(clients)
        for index in 0..<clients {
            var clientRNG = SplitMix64(seed: rng.next())
            let pattern = index < DemoPattern.allCases.count ? DemoPattern.allCases[index] : nil
            let sessions = sessionCount(index, &clientRNG)
            var generator = DemoClientGenerator(index: index, pattern: pattern, sessionCount: sessions,
                                                paragraphs: paragraphs, reference: reference, rng: clientRNG)
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
