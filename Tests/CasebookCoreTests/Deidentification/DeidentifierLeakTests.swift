import Foundation
import XCTest

@testable import CasebookCore

final class DeidentifierLeakTests: XCTestCase {
    private let deidentifier = Deidentifier(
        clientCode: "AM-014", clientName: "Zoë Brandt-Okafor", aliases: ["Zozo", "Will"],
        figures: [
            .init(role: "mother", name: "Ingrid Brandt"),
            .init(role: "partner", name: "Tomás Reyes"),
            .init(role: "boss", name: "Dr. Haruto Sato"),
        ],
        intakeDate: DateComponents(calendar: utcCalendar, year: 2026, month: 1, day: 5).date!,
        birthYear: 1991, calendar: utcCalendar)

    private let sentences = [
        "Zoë arrived ten minutes late and apologised twice; ZOË's tone was flat.",
        "She said Zozo was what her mother Ingrid called her when she was small.",
        "Zoe\u{0308} described Tomás as 'kind but absent'; tomas forgot her birthday again.",
        "Dream: she is in Ingrid Brandt's kitchen, Haruto Sato is at the door, she cannot find her keys.",
        "Will (her old nickname) came up when she spoke of willing herself to go to work.",
        "Brandt-Okafor vs Okafor: she keeps both names, 'to stay Zoe Brandt for my father'.",
        "On 2026-02-16 she first mentioned the promotion Dr Sato offered.",
        "Transference: she wonders whether I prefer other clients to Zoë-the-difficult-one.",
    ]

    func testLeaksFindsEveryKindOfRemainingName() {
        XCTAssertEqual(deidentifier.leaks(in: "ZOE wrote"), ["ZOE"])
        XCTAssertEqual(deidentifier.leaks(in: "zozo and tomas"), ["zozo", "tomas"])
        XCTAssertEqual(deidentifier.leaks(in: "Sato’s email"), ["Sato"])
        XCTAssertEqual(deidentifier.leaks(in: "Zoe\u{0308}"), ["Zoe\u{0308}"])
    }

    func testNameEnteredWithoutDiacriticsIsFoundWithThem() {
        let plain = Deidentifier(clientCode: "X-1", clientName: "Zoe Brandt", intakeDate: Date(timeIntervalSince1970: 0))
        XCTAssertEqual(plain.leaks(in: "ZOË Brändt"), ["ZOË Brändt"])
    }

    func testRedactForExportReturnsSafeText() throws {
        XCTAssertEqual(try deidentifier.redactForExport("Ingrid called Zoë"), "[mother] called AM-014")
    }

    func testCodeOrRoleThatContainsANameIsNotALeak() {
        let awkward = Deidentifier(
            clientCode: "AM-014", clientName: "Anna Meyer", aliases: ["AM"],
            figures: [.init(role: "mother", name: "Mother Superior")], intakeDate: Date(timeIntervalSince1970: 0))
        let redacted = awkward.redact("AM told Mother she had written AM-014 on the form.")
        XCTAssertEqual(redacted, "AM-014 told [mother] she had written AM-014 on the form.")
        XCTAssertEqual(awkward.leaks(in: redacted), [])
        XCTAssertEqual(awkward.leaks(in: redacted + " Meyer"), ["Meyer"])
    }

    func testLeaksIgnoresWordsThatOnlyContainAName() {
        XCTAssertEqual(deidentifier.leaks(in: "willing goodwill Satori Ingridient"), [])
    }

    func testRedactedRealisticSentencesLeakNoName() {
        for sentence in sentences {
            let redacted = deidentifier.redact(sentence)
            XCTAssertEqual(deidentifier.leaks(in: redacted), [], redacted)
            XCTAssertNoThrow(try deidentifier.verify(redacted))
        }
        XCTAssertFalse(deidentifier.leaks(in: sentences.joined(separator: " ")).isEmpty)
    }

    func testDeidentifiedBriefNeverContainsAliasInAnyCaseOrWithoutDiacritics() {
        let brief = deidentifier.redact(sentences.joined(separator: "\n")).lowercased()
        let stripped = brief.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        for name in ["zoë", "zoe", "zozo", "brandt", "okafor", "ingrid", "tomás", "tomas", "haruto", "sato"] {
            XCTAssertFalse(stripped.split(whereSeparator: { !$0.isLetter }).contains { $0 == name[...] }, name)
        }
    }

    func testVerifyRefusesTextWithANameAndSaysWhoseWithoutNamingThem() {
        XCTAssertThrowsError(try deidentifier.verify("Ingrid called Zoë")) { error in
            guard case DeidentificationError.nameRemains(let count, let replacements) = error else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(count, 2)
            XCTAssertEqual(replacements, ["[mother]", "AM-014"])
            XCTAssertFalse(String(describing: error).contains("Ingrid"))
            XCTAssertFalse(String(describing: error).contains("Zoë"))
        }
    }
}
