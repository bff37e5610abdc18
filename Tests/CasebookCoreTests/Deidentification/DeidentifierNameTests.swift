import Foundation
import XCTest

@testable import CasebookCore

final class DeidentifierNameTests: XCTestCase {
    private let intake = DateComponents(calendar: utcCalendar, year: 2026, month: 3, day: 2).date!

    private func zoe(figures: [Deidentifier.Figure] = [], aliases: [String] = ["Zozo"]) -> Deidentifier {
        Deidentifier(
            clientCode: "AM-014", clientName: "Zoë Brandt-Okafor", aliases: aliases, figures: figures,
            intakeDate: intake, birthYear: 1991, calendar: utcCalendar)
    }

    func testFullNameAndItsPartsBecomeTheClientCode() {
        let text = "Zoë Brandt-Okafor arrived late. Brandt-Okafor is her married name; Okafor her husband's, Brandt her father's."
        XCTAssertEqual(
            zoe().redact(text),
            "AM-014 arrived late. AM-014 is her married name; AM-014 her husband's, AM-014 her father's.")
    }

    func testNameMatchesIgnoringCaseAndDiacriticsInNFCAndNFD() {
        let nfd = "Zoe\u{0308}"
        let nfc = "Zo\u{00EB}"
        for spelling in [nfc, nfd, "ZOË", "zoe", "Zoe", "ZOE\u{0308}", "zoë"] {
            XCTAssertEqual(zoe().redact("Then \(spelling) cried."), "Then AM-014 cried.", spelling)
        }
    }

    func testClientNameEnteredInNFDStillMatchesNFCText() {
        let deidentifier = Deidentifier(
            clientCode: "AM-014", clientName: "Zoe\u{0308} Brandt", intakeDate: intake, calendar: utcCalendar)
        XCTAssertEqual(deidentifier.redact("Zo\u{00EB} Brandt said"), "AM-014 said")
    }

    func testPossessiveKeepsItsApostrophe() {
        XCTAssertEqual(zoe().redact("Zoë's dream; ZOË’S mother"), "AM-014's dream; AM-014’S mother")
    }

    func testAliasInsideALongerWordIsLeftAlone() {
        let deidentifier = zoe(aliases: ["Will"])
        XCTAssertEqual(
            deidentifier.redact("She was willing, said Will, and showed goodwill."),
            "She was willing, said AM-014, and showed goodwill.")
    }

    func testNameThatIsAlsoAWordIsReplacedAndListedForReview() {
        let deidentifier = Deidentifier(
            clientCode: "BK-003", clientName: "Rose Lindqvist", intakeDate: intake, calendar: utcCalendar)
        let text = "Rose described how her anxiety rose before the visit."
        XCTAssertEqual(deidentifier.redact(text), "BK-003 described how her anxiety BK-003 before the visit.")
        let review = deidentifier.review(of: [text])
        XCTAssertEqual(review.ambiguousReplacements.map(\.name), ["rose"])
        XCTAssertEqual(review.ambiguousReplacements.first?.count, 2)
        XCTAssertTrue(review.ambiguousReplacements.first?.examples.contains { $0.contains("her anxiety BK-003") } ?? false)
    }

    func testFigureNameBecomesBracketedRoleAndFullNameWinsOverSharedGivenName() {
        let figures = [
            Deidentifier.Figure(role: "aunt", name: "Zoë Hartmann"),
            Deidentifier.Figure(role: "mother", name: "Ingrid Brandt"),
        ]
        let text = "Zoë Hartmann phoned. Zoë said Hartmann and Ingrid never speak; Ingrid's silence hurt."
        XCTAssertEqual(
            zoe(figures: figures).redact(text),
            "[aunt] phoned. AM-014 said [aunt] and [mother] never speak; [mother]'s silence hurt.")
    }

    func testTwoFiguresWithTheSameRoleStayDistinct() {
        let figures = [
            Deidentifier.Figure(role: "friend", name: "Lena"),
            Deidentifier.Figure(role: "friend", name: "Marek"),
        ]
        XCTAssertEqual(zoe(figures: figures).redact("Lena and Marek"), "[friend] and [friend 2]")
    }

    func testCJKNameMatchesWithoutWordBoundaries() {
        let deidentifier = Deidentifier(
            clientCode: "CN-002", clientName: "王小明", aliases: ["小明"],
            figures: [.init(role: "母亲", name: "李秀英"), .init(role: "sister", name: "山田 花子")],
            intakeDate: intake, calendar: utcCalendar)
        XCTAssertEqual(
            deidentifier.redact("王小明说李秀英不理解他。小明很难过。花子は来た。"),
            "CN-002说[母亲]不理解他。CN-002很难过。[sister]は来た。")
    }

    func testKoreanNameWithParticleAttached() {
        let deidentifier = Deidentifier(
            clientCode: "KR-007", clientName: "김지민", intakeDate: intake, calendar: utcCalendar)
        XCTAssertEqual(deidentifier.redact("김지민이 울었다"), "KR-007이 울었다")
    }

    func testCyrillicAndGreekNamesMatchIgnoringCaseOnWordBoundaries() {
        let deidentifier = Deidentifier(
            clientCode: "RU-011", clientName: "Наталья Иванова", figures: [.init(role: "father", name: "Γιώργος")],
            intakeDate: intake, calendar: utcCalendar)
        XCTAssertEqual(
            deidentifier.redact("НАТАЛЬЯ пришла; Ивановаа нет; ΓΙΩΡΓΟΣ called"),
            "RU-011 пришла; Ивановаа нет; [father] called")
    }

    func testThaiNameMatchesWithoutSpaces() {
        let deidentifier = Deidentifier(
            clientCode: "TH-005", clientName: "สมชาย", intakeDate: intake, calendar: utcCalendar)
        XCTAssertEqual(deidentifier.redact("คุณสมชายมาสาย"), "คุณTH-005มาสาย")
    }

    func testLatinNameNextToCJKTextIsFound() {
        XCTAssertEqual(zoe().redact("Zoë说"), "AM-014说")
    }

    func testNameSplitAcrossLineBreakIsFound() {
        XCTAssertEqual(zoe().redact("met Zoë\nBrandt-Okafor today"), "met AM-014 today")
    }

    func testNameWithoutDecomposableDiacriticMatchesPlainSpelling() {
        let deidentifier = Deidentifier(
            clientCode: "DK-001", clientName: "Søren Łukasiewicz", intakeDate: intake, calendar: utcCalendar)
        XCTAssertEqual(deidentifier.redact("soren and LUKASIEWICZ"), "DK-001 and DK-001")
    }

    func testParticlesAndInitialsAreNotReplacedOnTheirOwn() {
        let deidentifier = Deidentifier(
            clientCode: "NL-004", clientName: "Anna J. van der Berg", intakeDate: intake, calendar: utcCalendar)
        XCTAssertEqual(
            deidentifier.redact("Anna drove the van to the Berg house. J was there."),
            "NL-004 drove the van to the NL-004 house. J was there.")
    }

    func testApostropheInNameMatchesEitherApostropheAndKeepsPossessive() {
        let deidentifier = Deidentifier(
            clientCode: "IE-009", clientName: "Siobhán O'Brien", intakeDate: intake, calendar: utcCalendar)
        XCTAssertEqual(deidentifier.redact("O’Brien’s brother and Siobhan"), "IE-009’s brother and IE-009")
    }

    func testInvisibleCharactersInsideANameDoNotHideIt() {
        XCTAssertEqual(zoe().redact("Zo\u{00AD}ë and Zo\u{200B}e"), "AM-014 and AM-014")
    }

    func testTextWithoutNamesIsUnchanged() {
        let text = "She arrived early, sat in silence, then spoke of the move. 😶 Nothing else."
        XCTAssertEqual(zoe().redact(text), text)
    }
}

let utcCalendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
}()
