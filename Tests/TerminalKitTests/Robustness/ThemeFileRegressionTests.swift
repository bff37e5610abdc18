import XCTest
@testable import TerminalKit

/// Theme files that crashed the parser under libFuzzer (`Fuzz/corpus/theme-file/regression-*`):
/// each is now a syntax error naming the file and line, and valid files that merely look like
/// them still load.
final class ThemeFileRegressionTests: XCTestCase {
    private func errors(_ text: String) -> [ThemeError] {
        ThemeFile.parse(text, file: "/themes/mine.toml").errors
    }

    func testHeaderWithoutANameIsASyntaxErrorNotACrash() {
        for text in ["[[[[", "[\n", "[ @x]\n", "\u{FEFF}[\n", "[[ [a]]\n", "text = { fg = \"red\" }\n\n  [[?]]\n"] {
            let found = errors(text)
            XCTAssertEqual(found.count, 1, text.debugDescription)
            guard let error = found.first else { continue }
            XCTAssertTrue(error.description.hasPrefix("/themes/mine.toml:"), error.description)
            XCTAssertTrue(error.description.contains("table header"), error.description)
        }
        XCTAssertEqual(errors("text = { fg = \"red\" }\n\n  [[?]]\n").first?.line, 3)
    }

    func testBraceWhereAValueOrKeyBelongsIsASyntaxErrorNotACrash() {
        for text in ["theme = { fg = \"sea\", tag.affect= [}\n", "x = [}\n", "x = [1, }\n", "x = [\n  # c\n  }\n",
                     "x = { , }\n", "x = { a = 1, ] }\n", "x = {=}\n"] {
            let found = errors(text)
            XCTAssertEqual(found.count, 1, text.debugDescription)
            XCTAssertTrue(found.first?.description.hasPrefix("/themes/mine.toml:") ?? false, "\(found)")
        }
        XCTAssertEqual(errors("text = { fg = \"red\", modifiers = [\"bold\", ] }\nx = [ [1], [ ], {} ]\ny = {}\n")
            .filter { $0.description.contains("expects") }, [], "trailing commas, nested and empty values are fine")
    }

    func testLineOfOnlyACarriageReturnIsRead() {
        // Crashed the test process before the fix; now it reads, and any error names the file.
        XCTAssertTrue(errors("\u{0}\nM\u{0}\n\r").allSatisfy { $0.file == "/themes/mine.toml" })
        XCTAssertEqual(errors("text = { fg = \"red\" }\n\r\n"), [])
    }

    func testBracketsInsideStringsArraysAndCommentsAreNotHeaders() {
        let text = """
            # [not a header
            [palette]
            sea = "#3a6ea5" # [ also not
            note = \"\"\"
            [[[ inside a multi-line string
            \"\"\"
            lines = [
              "[", "]",
            ]
            [tag]
            theme = { fg = "sea", modifiers = ["bold"] }

            """
        let found = errors(text)
        XCTAssertFalse(found.contains { $0.description.contains("table header") }, "\(found)")
    }
}
