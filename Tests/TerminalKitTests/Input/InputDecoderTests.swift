import XCTest
@testable import TerminalKit

final class InputDecoderTests: XCTestCase {
    private func decode(_ chunks: [[UInt8]], flush: Bool = false) -> [Event] {
        var decoder = InputDecoder()
        var events = chunks.flatMap { decoder.feed($0) }
        if flush { events += decoder.flushTimeout() }
        return events
    }

    private func decode(_ s: String, flush: Bool = false) -> [Event] { decode([Array(s.utf8)], flush: flush) }

    private func key(_ k: Key, _ m: KeyModifiers = []) -> Event { .key(KeyEvent(k, modifiers: m)) }
    private func chars(_ s: String) -> [Event] { s.map { .key(.char(String($0))) } }

    func testPrintableTextArrivesAsOneEventPerGrapheme() {
        XCTAssertEqual(decode("hé 日本"), chars("hé 日本"))
    }

    func testUTF8SplitAcrossFeedsIsReassembled() {
        let bytes = Array("é日🙂".utf8)
        let chunks = bytes.map { [$0] }
        XCTAssertEqual(decode(chunks), chars("é日🙂"))
    }

    func testCombiningMarkJoinsItsBaseWithinOneFeed() {
        XCTAssertEqual(decode("e\u{301}x"), [key(.character("e\u{301}")), key(.character("x"))])
    }

    func testInvalidUTF8BecomesReplacementCharacterAndDecodingContinues() {
        let events = decode([[0xff, 0x61, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x62]], flush: true)
        XCTAssertEqual(events.first, key(.character("\u{FFFD}")))
        XCTAssertTrue(events.contains(key(.character("a"))))
        XCTAssertEqual(events.last, key(.character("b")))
    }

    func testTruncatedUTF8AtTimeoutBecomesReplacementCharacter() {
        XCTAssertEqual(decode([[0xe6, 0x97]], flush: true), [key(.character("\u{FFFD}")), key(.character("\u{FFFD}"))])
    }

    func testEnterTabBackspaceAndShiftTab() {
        XCTAssertEqual(decode("\r"), [key(.enter)])
        XCTAssertEqual(decode("\n"), [key(.enter)])
        XCTAssertEqual(decode("\t"), [key(.tab)])
        XCTAssertEqual(decode([[0x7f], [0x08]]), [key(.backspace), key(.backspace)])
        XCTAssertEqual(decode("\u{1b}[Z"), [key(.backTab, .shift)])
    }

    func testCtrlLettersAreCharactersWithCtrl() {
        XCTAssertEqual(decode([[0x01]]), [.key(.ctrl("a"))])
        XCTAssertEqual(decode([[0x10]]), [.key(.ctrl("p"))])
        XCTAssertEqual(decode([[0x1a]]), [.key(.ctrl("z"))])
        XCTAssertEqual(decode([[0x07]]), [.key(.ctrl("g"))])
    }

    func testArrowsInCSIAndSS3FormsWithModifiers() {
        XCTAssertEqual(decode("\u{1b}[A\u{1b}[B\u{1b}OC\u{1b}OD"), [key(.up), key(.down), key(.right), key(.left)])
        XCTAssertEqual(decode("\u{1b}[1;5A"), [key(.up, .ctrl)])
        XCTAssertEqual(decode("\u{1b}[1;2D"), [key(.left, .shift)])
        XCTAssertEqual(decode("\u{1b}[1;3C"), [key(.right, .alt)])
        XCTAssertEqual(decode("\u{1b}[1;6B"), [key(.down, [.ctrl, .shift])])
    }

    func testHomeEndInEveryForm() {
        for seq in ["[H", "[1~", "[7~", "OH"] { XCTAssertEqual(decode("\u{1b}" + seq), [key(.home)], seq) }
        for seq in ["[F", "[4~", "[8~", "OF"] { XCTAssertEqual(decode("\u{1b}" + seq), [key(.end)], seq) }
    }

    func testEditingAndPagingKeys() {
        XCTAssertEqual(decode("\u{1b}[2~\u{1b}[3~\u{1b}[5~\u{1b}[6~"), [key(.insert), key(.delete), key(.pageUp), key(.pageDown)])
        XCTAssertEqual(decode("\u{1b}[3;5~"), [key(.delete, .ctrl)])
    }

    func testFunctionKeysF1ToF12() {
        let ss3 = "\u{1b}OP\u{1b}OQ\u{1b}OR\u{1b}OS"
        let csi = ["11", "12", "13", "14", "15", "17", "18", "19", "20", "21", "23", "24"].map { "\u{1b}[\($0)~" }.joined()
        XCTAssertEqual(decode(ss3), (1...4).map { key(.function($0)) })
        XCTAssertEqual(decode(csi), (1...12).map { key(.function($0)) })
        XCTAssertEqual(decode("\u{1b}[1;2P"), [key(.function(1), .shift)])
        XCTAssertEqual(decode("\u{1b}[24;5~"), [key(.function(12), .ctrl)])
        XCTAssertEqual(decode("\u{1b}[[A"), [key(.function(1))])
    }

    func testLoneEscapeWaitsForTimeoutThenIsEsc() {
        var decoder = InputDecoder()
        XCTAssertEqual(decoder.feed([0x1b]), [])
        XCTAssertTrue(decoder.hasPending)
        XCTAssertEqual(decoder.flushTimeout(), [key(.escape)])
        XCTAssertFalse(decoder.hasPending)
    }

    func testAltLetterVersusArrowVersusEscape() {
        XCTAssertEqual(decode("\u{1b}x"), [key(.character("x"), .alt)])
        XCTAssertEqual(decode("\u{1b}[A"), [key(.up)])
        XCTAssertEqual(decode("\u{1b}\u{1b}[A"), [key(.escape), key(.up)])
        XCTAssertEqual(decode("\u{1b}é"), [key(.character("é"), .alt)])
        XCTAssertEqual(decode([[0x1b, 0x7f]]), [key(.backspace, .alt)])
    }

    func testArrowSplitAcrossFeedsIsStillAnArrow() {
        XCTAssertEqual(decode([[0x1b], [0x5b], [0x31, 0x3b], [0x35, 0x41]]), [key(.up, .ctrl)])
    }

    func testPartialSequenceAtTimeoutNeverLeaksAsText() {
        XCTAssertEqual(decode("\u{1b}[1;", flush: true), [])
        XCTAssertEqual(decode("\u{1b}O", flush: true), [key(.character("O"), .alt)])
        XCTAssertEqual(decode("\u{1b}[", flush: true), [key(.character("["), .alt)])
    }

    func testUnknownSequencesAreSwallowedWhole() {
        XCTAssertEqual(decode("\u{1b}[99;99;99q\u{1b}[?1;2c\u{1b}]11;rgb:0/0/0\u{07}a"), chars("a"))
        XCTAssertEqual(decode("\u{1b}Oz b"), chars(" b"))
    }

    func testLongTerminalReportEndedByStringTerminatorIsSwallowedAcrossFeeds() {
        var decoder = InputDecoder()
        var events = decoder.feed(Array("\u{1b}]52;c;".utf8))
        events += decoder.feed(Array(repeating: 0x41, count: 500))
        events += decoder.feed([0x1b])
        events += decoder.feed(Array("\\ok".utf8))
        XCTAssertEqual(events, chars("ok"))
    }

    func testOverlongGarbageSequenceIsDroppedAndMemoryStaysBounded() {
        var decoder = InputDecoder()
        var events = decoder.feed([0x1b, 0x5b])
        for _ in 0..<1000 { events += decoder.feed(Array(repeating: 0x31, count: 100)) }
        events += decoder.feed(Array("~ok".utf8))
        XCTAssertEqual(events, chars("ok"))
        XCTAssertFalse(decoder.hasPending)
    }

    func testBracketedPasteIsOneEventWhateverItContains() {
        let body = "line one\r\n:q\u{1b}[A\u{03}\ttab\rlast"
        let bytes = Array(("\u{1b}[200~" + body + "\u{1b}[201~x").utf8)
        let events = decode(stride(from: 0, to: bytes.count, by: 3).map { Array(bytes[$0..<min($0 + 3, bytes.count)]) })
        XCTAssertEqual(events, [.paste("line one\n:q\u{1b}[A\u{03}\ttab\nlast"), key(.character("x"))])
    }

    func testPasteStartAndEndInOneFeedWithKeysAround() {
        XCTAssertEqual(decode("a\u{1b}[200~é\u{1b}[201~b"), [key(.character("a")), .paste("é"), key(.character("b"))])
    }

    func testPasteIsNotEndedByTimeout() {
        var decoder = InputDecoder()
        _ = decoder.feed(Array("\u{1b}[200~half".utf8))
        XCTAssertEqual(decoder.flushTimeout(), [])
        XCTAssertEqual(decoder.feed(Array(" done\u{1b}[201~".utf8)), [.paste("half done")])
    }

    func testHugePasteArrivesInChunksWithNothingLost() {
        let text = String(repeating: "ab€", count: 700_000)
        let bytes = Array(("\u{1b}[200~" + text + "\u{1b}[201~").utf8)
        let reads = stride(from: 0, to: bytes.count, by: 65_536).map { Array(bytes[$0..<min($0 + 65_536, bytes.count)]) }
        let events = decode(reads)
        XCTAssertGreaterThan(events.count, 1)
        let joined = events.map { if case let .paste(s) = $0 { return s } else { return "?" } }.joined()
        XCTAssertEqual(joined, text)
    }

    func testSGRMouseAndFocusReports() {
        XCTAssertEqual(decode("\u{1b}[<0;10;5M"), [.mouse(MouseEvent(kind: .press(0), position: Position(x: 9, y: 4)))])
        XCTAssertEqual(decode("\u{1b}[<64;1;1M"), [.mouse(MouseEvent(kind: .scrollUp, position: Position(x: 0, y: 0)))])
        XCTAssertEqual(decode("\u{1b}[I\u{1b}[O"), [.focus(true), .focus(false)])
    }
}
