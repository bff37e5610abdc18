import XCTest
@testable import TerminalKit

final class DisplayWidthTests: XCTestCase {
    func testWidthTableMatchesWhatTheTerminalDraws() {
        let table: [(String, Int, String)] = [
            ("a", 1, "ASCII letter"),
            ("é", 1, "é precomposed (NFC)"),
            ("e\u{301}", 1, "e + combining acute (NFD)"),
            ("中", 2, "CJK ideograph"),
            ("ｱ", 1, "halfwidth katakana"),
            ("Ａ", 2, "fullwidth Latin"),
            ("😀", 2, "emoji"),
            ("👨‍👩‍👧", 2, "ZWJ family"),
            ("🇫🇷", 2, "flag pair"),
            ("❤️", 2, "heart with VS16"),
            ("❤", 1, "heart without VS16"),
            ("1️⃣", 2, "keycap"),
            ("a\u{0308}\u{0323}", 1, "two combining marks"),
            ("\u{0301}", 0, "lone combining mark"),
            ("한", 2, "Hangul syllable"),
        ]
        for (text, width, name) in table {
            XCTAssertEqual(text.count, 1, "\(name) should be one grapheme")
            XCTAssertEqual(displayWidth(of: Character(text)), width, name)
        }
    }

    func testStringWidthSumsGraphemes() {
        XCTAssertEqual(displayWidth(of: "Ana 中文 👨‍👩‍👧 🇫🇷"), 3 + 1 + 4 + 1 + 2 + 1 + 2)
        XCTAssertEqual(displayWidth(of: "cafe\u{301}"), 4)
    }

    func testControlCharactersAreDrawnAsVisiblePlaceholders() {
        XCTAssertEqual(drawableGrapheme("\u{0}"), controlPlaceholder)
        XCTAssertEqual(drawableGrapheme("\u{1B}"), controlPlaceholder)
        XCTAssertEqual(drawableGrapheme("\r\n"), controlPlaceholder)
        XCTAssertEqual(drawableGrapheme("\t"), " ")
        XCTAssertEqual(displayWidth(of: Character("\u{1B}")), 1)
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.setString(x: 0, y: 0, "a\u{1B}[2Jb")
        XCTAssertEqual(buffer.lines, ["a\u{FFFD}[2Jb"])
    }

    func testSingleScalarWidthsAgreeWithTheCLibraryInAUTF8Locale() {
        // The process locale here is "C"; widths must still be UTF-8 ones.
        for scalar in ["中", "é", "\u{0301}", "😀", "ｱ"].compactMap({ $0.unicodeScalars.first }) {
            let w = wcwidthOfScalar(scalar)
            XCTAssertEqual(displayWidth(of: Character(scalar)), w < 0 ? 1 : w, "U+\(String(scalar.value, radix: 16))")
        }
        XCTAssertEqual(wcwidthOfScalar("中"), 2)
    }
}
