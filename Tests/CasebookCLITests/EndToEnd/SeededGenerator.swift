import Foundation

/// SplitMix64: a small random generator whose whole state is the seed, so a test that prints
/// its seed can be replayed exactly (`CASEBOOK_E2E_SEED=<seed> swift test --filter …`).
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The seed from `CASEBOOK_E2E_SEED`, else a fresh one.
    static func seedFromEnvironment() -> UInt64 {
        ProcessInfo.processInfo.environment["CASEBOOK_E2E_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64(UInt32.max))
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
