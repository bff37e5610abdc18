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
}
