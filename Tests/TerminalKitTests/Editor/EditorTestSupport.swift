@testable import TerminalKit

/// The rows of a buffer as text, continuation cells skipped, for comparing with expected screens.
func editorScreenLines(_ buffer: Buffer) -> [String] {
    (buffer.area.top..<buffer.area.bottom).map { y in
        (buffer.area.left..<buffer.area.right).reduce(into: "") { line, x in
            let cell = buffer[x, y]
            if !cell.isContinuation { line += cell.grapheme }
        }
    }
}

/// SplitMix64: a tiny seeded generator so random edit sequences replay identically.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
