/// Reads a fuzzer's bytes as a stream of small decisions and payloads, so one input drives a
/// whole sequence of operations and libFuzzer's mutations change that sequence a little.
struct FuzzInput {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ data: UnsafePointer<UInt8>, _ size: Int) {
        bytes = UnsafeBufferPointer(start: data, count: size)
    }

    var isEmpty: Bool { position >= bytes.count }

    /// The next byte, or 0 once the input is used up.
    mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// A number in `0..<bound` taken from the next byte.
    mutating func below(_ bound: Int) -> Int { Int(byte()) % max(bound, 1) }

    /// The next `count` bytes (fewer at the end of the input).
    mutating func bytes(_ count: Int) -> [UInt8] {
        let end = min(bytes.count, position + count)
        defer { position = end }
        return Array(bytes[position..<end])
    }

    /// Text made of the next few bytes (raw, so invalid UTF-8 becomes U+FFFD) or of a piece
    /// chosen from the awkward ones: combining marks, ZWJ, RTL controls, CJK, CR LF, NUL.
    mutating func text() -> String {
        let choice = byte()
        if choice < 96 { return String(decoding: bytes(Int(choice % 12)), as: UTF8.self) }
        return Self.pieces[Int(choice) % Self.pieces.count]
    }

    static let pieces = [
        "a", "Z", " ", "  ", "\n", "\r\n", "\r", "\t", "\u{0}", "\u{1b}", "\u{7f}", "é", "e\u{301}", "\u{301}\u{302}\u{316}",
        "中", "文字", "👩‍👩‍👧", "🇩🇪", "🇩", "👍🏽", "\u{200d}", "\u{fe0f}", "\u{200b}", "שלום", "مرحبا", "\u{202e}", "\u{202c}",
        "\u{2067}", "\u{fffd}", "ｗｉｄｅ", "\u{1100}\u{1161}", "#", "#humor?", "#defense/denial!", "hello world", "x\ny",
    ]
}
