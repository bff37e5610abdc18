import XCTest
@testable import TerminalKit

/// Inputs libFuzzer found (`Fuzz/corpus/input-decoder/regression-*`), kept as tests.
final class InputDecoderRegressionTests: XCTestCase {
    /// An overlong CSI cut by a control byte: in one read the control ended the sequence and the
    /// typing after it was kept; split across reads the discarding swallowed that typing too.
    func testControlByteEndsAnOverlongSequenceHoweverTheReadsAreSplit() {
        let bytes = Array("\u{1b}[".utf8) + Array(repeating: Array("1;".utf8), count: 40).flatMap { $0 } + [0x1f] + Array("Ax".utf8)
        var whole = InputDecoder()
        let expected = whole.feed(bytes) + whole.flushTimeout()
        XCTAssertEqual(expected, [.key(KeyEvent(.character("_"), modifiers: .ctrl)), .key(KeyEvent(.character("A"))), .key(KeyEvent(.character("x")))])
        for split in [3, 40, 70, 81, 82, 83] {
            var decoder = InputDecoder()
            let events = decoder.feed(Array(bytes[..<split])) + decoder.feed(Array(bytes[split...])) + decoder.flushTimeout()
            XCTAssertEqual(events, expected, "split at \(split)")
        }
        var byteByByte = InputDecoder()
        var events: [Event] = []
        for byte in bytes { events += byteByByte.feed([byte]) }
        XCTAssertEqual(events + byteByByte.flushTimeout(), expected)
    }

    /// `CSI 9999999999 u` (a key report whose code point does not fit in 32 bits) crashed the
    /// decoder, and with it the interface, on bytes any program or file could send.
    func testKeyReportWithAnImpossibleCodePointIsIgnored() {
        for body in ["9999999999", "4294967296", "1114112", "55296", "99999999999999999999"] {
            var decoder = InputDecoder()
            let events = decoder.feed(Array("a\u{1b}[\(body)ub".utf8)) + decoder.flushTimeout()
            XCTAssertEqual(events, [.key(KeyEvent(.character("a"))), .key(KeyEvent(.character("b")))], body)
        }
        var decoder = InputDecoder()
        XCTAssertEqual(decoder.feed(Array("\u{1b}[97;5u".utf8)), [.key(KeyEvent(.character("a"), modifiers: .ctrl))])
    }
}
