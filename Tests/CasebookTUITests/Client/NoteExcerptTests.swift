import CasebookCore
import Foundation
import XCTest
@testable import CasebookTUI

final class NoteExcerptTests: XCTestCase {
    func testInlineTagsLeaveTheExcerptButTheWordsStay() {
        let note = "\n  She said nobody ever waits for her #abandonment and laughed (#humor?) #defense/isolation-of-affects!\nSecond line #envy."
        XCTAssertEqual(NoteExcerpt.lines(note, count: 2),
                       ["She said nobody ever waits for her and laughed", "Second line."])
    }

    func testALineOfOnlyTagsIsSkipped() {
        XCTAssertEqual(NoteExcerpt.lines("#dream\nZoë dreamt of a café 夢", count: 1), ["Zoë dreamt of a café 夢"])
    }
}

/// `withoutTags` tidies lines without Foundation now (it runs on thousands of lines when a list
/// loads); it must give exactly what the Foundation version gave.
final class NoteExcerptEquivalenceTests: XCTestCase {
    /// The Foundation version, as it was.
    private func foundationWithoutTags(_ line: String) -> String {
        let tags = InlineTagParser.parse(line)
        guard !tags.isEmpty else { return line.trimmingCharacters(in: .whitespaces) }
        var scalars = Array(line.unicodeScalars)
        for tag in tags.sorted(by: { $0.span.lowerBound > $1.span.lowerBound }) where tag.span.upperBound <= scalars.count {
            scalars.removeSubrange(tag.span)
        }
        var text = String(String.UnicodeScalarView(scalars))
        for empty in ["()", "[]"] { text = text.replacingOccurrences(of: empty, with: "") }
        while text.contains("  ") { text = text.replacingOccurrences(of: "  ", with: " ") }
        for mark in [" .", " ,", " ;", " :", " !", " ?"] { text = text.replacingOccurrences(of: mark, with: String(mark.dropFirst())) }
        return text.trimmingCharacters(in: .whitespaces)
    }

    func testTidyingMatchesTheFoundationVersionOnAwkwardLines() {
        let lines = [
            "  (#humor) and [#envy] then (( #denial )) ok .",
            "She said  ,  nobody #abandonment ! really ?\t",
            "\u{00A0}Zoë — café #dream : 夢 ; fine  . ",
            "((#humor))[]() [[]] (x) #a/b c",
            "#intimacy",
            "   ",
            "no tags here  ,  just spaces . ",
        ]
        for line in lines {
            XCTAssertEqual(NoteExcerpt.withoutTags(line), foundationWithoutTags(line), line)
        }
        // Random lines over the characters that matter, the same on every run.
        var generator = SplitMix(seed: 9)
        let alphabet: [String] = [" ", " ", "  ", "\t", "(", ")", "[", "]", ".", ",", ";", ":", "!", "?", "a", "Zoë", "#humor",
                                  "#envy?", "#denial!", "#defense/isolation-of-affects", "夢", "\u{00A0}", "word"]
        for _ in 0..<2_000 {
            let line = (0..<Int(generator.next() % 14)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            XCTAssertEqual(NoteExcerpt.withoutTags(line), foundationWithoutTags(line), line.debugDescription)
        }
    }
}

extension NoteExcerptEquivalenceTests {
    func testLinesMatchSplittingCharactersOnNotesWithEveryKindOfLineBreak() {
        func foundationLines(_ note: String, count: Int) -> [String] {
            var result: [String] = []
            for raw in note.split(whereSeparator: \.isNewline) where result.count < count {
                let line = foundationWithoutTags(String(raw))
                if !line.isEmpty { result.append(line) }
            }
            return result
        }
        var generator = SplitMix(seed: 4)
        let pieces = ["\n", "\r\n", "\r", "\u{2028}", "\n\n", " ", "#dream", "She said (#envy) no .", "Zoë", "夢", "\t", "word"]
        for _ in 0..<1_000 {
            let note = (0..<Int(generator.next() % 12)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            for count in [1, 4] {
                XCTAssertEqual(NoteExcerpt.lines(note, count: count), foundationLines(note, count: count), note.debugDescription)
            }
        }
    }
}

extension NoteExcerptEquivalenceTests {
    /// Lists keep only part of a note (`NoteExcerpt.part`); wherever the note was cut, the lines
    /// drawn from the part are the note's own.
    func testAPartGivesTheLinesOfTheWholeNoteWhereverTheNoteWasCut() {
        var generator = SplitMix(seed: 11)
        let pieces = ["\n", "\n\n", " ", "#dream", "(#envy)", "She said no.", "Zoë spoke of the harbour at length", "\t"]
        for _ in 0..<800 {
            let note = (0..<Int(generator.next() % 16)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let scalars = Array(note.unicodeScalars)
            let cut = scalars.isEmpty ? 0 : Int(generator.next() % UInt64(scalars.count + 1))
            var excerpt = ""
            excerpt.unicodeScalars.append(contentsOf: scalars[..<cut])
            for count in [1, 4] {
                let part = NoteExcerpt.part(excerpt, isWhole: cut == scalars.count, count: count) { note }
                XCTAssertEqual(NoteExcerpt.lines(part, count: count), NoteExcerpt.lines(note, count: count),
                               "\(note.debugDescription) cut at \(cut)")
            }
        }
    }
}

private struct SplitMix {
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
