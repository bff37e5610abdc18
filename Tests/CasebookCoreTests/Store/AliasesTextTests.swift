import Foundation
import GRDB
import XCTest
@testable import CasebookCore

/// Aliases are split without a JSON decoder where none is needed; every value must read back
/// exactly as written, whatever characters it holds.
final class AliasesTextTests: XCTestCase {
    private static let awkward: [[String]] = [
        [],
        [""],
        ["Zo", "Zoë B."],
        ["Zoe \"K.\"", "back\\slash", "a/b", "tab\there", "line\nbreak", "\u{1}"],
        ["王小明", "小明", "Ming"],
        ["👩‍👧 family", "e\u{301}", "Ágika", "\u{FFFD}"],
        [",", "[", "]", "\",\"", "\"", "\\", "[\"x\"]"],
        ["  spaced  ", "comma, inside", "Zoë \u{2028} separator"],
    ]

    func testEveryArrayJSONEncoderWritesReadsBackTheSame() throws {
        let encoder = JSONEncoder()
        for aliases in Self.awkward {
            let text = String(decoding: try encoder.encode(aliases), as: UTF8.self)
            XCTAssertEqual(try AliasesText.decode(text), aliases, text)
        }
    }

    func testAliasesSavedByTheStoreReadBackTheSameInTheRoster() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        for (index, aliases) in Self.awkward.enumerated() {
            _ = try store.createClient(Client(code: "AL-\(index)", name: "Alias \(index)", aliases: aliases, intakeDate: Date()))
        }
        let roster = try store.clientRoster(themeLimit: 1)
        XCTAssertEqual(roster.count, Self.awkward.count)
        for entry in roster {
            let index = Int(entry.code.dropFirst(3))!
            XCTAssertEqual(entry.aliases, Self.awkward[index], entry.code)
            XCTAssertEqual(entry.aliases, try store.client(id: entry.id)?.aliases, entry.code)
        }
        for summary in try store.listClients() {
            XCTAssertEqual(summary.client.aliases, try store.client(id: summary.client.id!)?.aliases)
        }
    }

    func testPlainArraysAreSplitWithoutADecoderAndOthersAreLeftToIt() {
        XCTAssertEqual(AliasesText.plain("[]"), [])
        XCTAssertEqual(AliasesText.plain("[\"Zo\",\"Zoë B.\"]"), ["Zo", "Zoë B."])
        XCTAssertEqual(AliasesText.plain("[\"\"]"), [""])
        XCTAssertNil(AliasesText.plain("[\"a\\\"b\"]"), "an escape needs the decoder")
        XCTAssertNil(AliasesText.plain("[ \"a\" ]"), "spaces between items need the decoder")
        XCTAssertNil(AliasesText.plain("[\"a\",]"))
        XCTAssertNil(AliasesText.plain("[\"a\""))
        XCTAssertNil(AliasesText.plain("{}"))
        XCTAssertNil(AliasesText.plain("[1]"))
        XCTAssertThrowsError(try AliasesText.decode("[\"a\""), "malformed JSON still fails as before")
    }
}
