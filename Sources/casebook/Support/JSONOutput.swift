import Foundation

/// Listings as JSON on stdout: pretty, keys sorted, so scripts and diffs both read them.
enum JSONOutput {
    static func print(_ object: Any) throws {
        let data = try JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        Swift.print(String(decoding: data, as: UTF8.self))
    }

    static func print<T: Encodable>(encodable value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Swift.print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// `nil` as JSON null, so every documented key is always present.
    static func value(_ optional: Any?) -> Any { optional ?? NSNull() }
}
