import Foundation

/// The order `localizedStandardCompare` gives to strings of ASCII letters, digits, spaces and
/// `_ - .` (client codes such as `AM-2`, plain names), as a key computed once per string instead
/// of a collator call per comparison: case ignored, digit runs by their value (`AM-2` before
/// `AM-10`), space, `_`, `-`, `.` before digits before letters. Strings the key cannot order
/// (any other character) have none, and two strings with equal keys (`AM-2`, `am-02`) differ
/// only where the collator breaks ties; both are left to `localizedStandardCompare`.
struct NaturalSortKey: Comparable, Hashable, Sendable {
    private var weights: [UInt32]

    /// Digit runs longer than this are left to the collator.
    private static let longestNumber = 30

    init?(_ text: String) {
        var weights: [UInt32] = []
        weights.reserveCapacity(text.utf8.count + 2)
        var digits: [UInt32] = []
        func flushDigits() -> Bool {
            guard !digits.isEmpty else { return true }
            let significant = digits.drop { $0 == 0 }
            guard significant.count <= Self.longestNumber else { return false }
            weights.append(16)
            weights.append(UInt32(significant.count))
            weights.append(contentsOf: significant)
            digits.removeAll(keepingCapacity: true)
            return true
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits.append(UInt32(byte - UInt8(ascii: "0")))
                continue
            default:
                break
            }
            guard flushDigits() else { return nil }
            switch byte {
            case UInt8(ascii: " "): weights.append(1)
            case UInt8(ascii: "_"): weights.append(2)
            case UInt8(ascii: "-"): weights.append(3)
            case UInt8(ascii: "."): weights.append(4)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): weights.append(0x100 + UInt32(byte))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): weights.append(0x100 + UInt32(byte) + 32)
            default: return nil
            }
        }
        guard flushDigits() else { return nil }
        self.weights = weights
    }

    static func < (a: NaturalSortKey, b: NaturalSortKey) -> Bool {
        a.weights.lexicographicallyPrecedes(b.weights)
    }
}

extension NaturalSortKey {
    /// `a.localizedStandardCompare(b)`, from the keys where both have one and they differ.
    static func compare(_ a: String, _ aKey: NaturalSortKey?, _ b: String, _ bKey: NaturalSortKey?) -> ComparisonResult {
        if let aKey, let bKey, aKey != bKey { return aKey < bKey ? .orderedAscending : .orderedDescending }
        return a.localizedStandardCompare(b)
    }
}
