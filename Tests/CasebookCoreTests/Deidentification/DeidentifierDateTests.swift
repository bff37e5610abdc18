import Foundation
import XCTest

@testable import CasebookCore

final class DeidentifierDateTests: XCTestCase {
    /// Intake on Monday 2 March 2026: 2–8 March is week 1, 9–15 March week 2.
    private let deidentifier = Deidentifier(
        clientCode: "AM-014", clientName: "Zoë Brandt-Okafor",
        intakeDate: DateComponents(calendar: utcCalendar, year: 2026, month: 3, day: 2, hour: 15).date!,
        birthYear: 1991, calendar: utcCalendar)

    func testDescribeCountsWeeksFromIntake() {
        func day(_ month: Int, _ day: Int) -> Date {
            DateComponents(calendar: utcCalendar, year: 2026, month: month, day: day, hour: 9).date!
        }
        XCTAssertEqual(deidentifier.describe(date: day(3, 2)), "week 1")
        XCTAssertEqual(deidentifier.describe(date: day(3, 8)), "week 1")
        XCTAssertEqual(deidentifier.describe(date: day(3, 9)), "week 2")
        XCTAssertEqual(deidentifier.describe(date: day(5, 25)), "week 13")
        XCTAssertEqual(deidentifier.describe(date: day(3, 1)), "[date]")
    }

    func testDatesInEveryWrittenFormBecomeWeeks() {
        XCTAssertEqual(deidentifier.redact("seen on 2026-03-14."), "seen on week 2.")
        XCTAssertEqual(deidentifier.redact("seen on 2026-03-14T10:30:00Z."), "seen on week 2.")
        XCTAssertEqual(deidentifier.redact("seen 14/03/2026 and 21.03.2026"), "seen week 2 and week 3")
        XCTAssertEqual(deidentifier.redact("letter of March 14, 2026 arrived"), "letter of week 2 arrived")
        XCTAssertEqual(deidentifier.redact("Mar 14th 2026"), "week 2")
        XCTAssertEqual(deidentifier.redact("on 14 March 2026, and the 21st of March 2026"), "on week 2, and the week 3")
        XCTAssertEqual(deidentifier.redact("03/24/2026"), "week 4")
        XCTAssertEqual(deidentifier.redact("Saturday, 14 March 2026 and Tue. March 17, 2026"), "week 2 and week 3")
    }

    func testDatesBeforeIntakeOrImpossibleBecomePlaceholders() {
        XCTAssertEqual(deidentifier.redact("her father died on 12 June 2009"), "her father died on [date]")
        XCTAssertEqual(deidentifier.redact("due 31/02/2026"), "due [date]")
    }

    func testDateDeepInsideALongNoteIsFoundAndDigitsAroundItAreRespected() {
        let filler = String(repeating: "She spoke slowly about work. ", count: 40)
        XCTAssertEqual(
            deidentifier.redact(filler + "Seen 14 March 2026." + filler + "Ref 123/03/2026 stays"),
            filler + "Seen week 2." + filler + "Ref 123/03/2026 stays")
        XCTAssertEqual(deidentifier.redact("2026-03-14"), "week 2")
    }

    func testNumbersThatAreNotDatesStay() {
        let text = "PHQ-9 score 14/27, 2026 steps, room 3-12, session 14"
        XCTAssertEqual(deidentifier.redact(text), text)
    }

    func testBirthYearNearBornIsDroppedButOtherYearsStay() {
        XCTAssertEqual(
            deidentifier.redact("Born in 1991 in a small town; the 1991 floods came later that decade."),
            "Born in [year] in a small town; the 1991 floods came later that decade.")
        XCTAssertEqual(deidentifier.redact("(b. 1991)"), "(b. [year])")
        XCTAssertEqual(deidentifier.redact("a 1991-born architect"), "a [year]-born architect")
        XCTAssertEqual(deidentifier.redact("her sister, born 1989"), "her sister, born 1989")
    }

    func testMonthThatIsAlsoAnAliasIsTreatedAsDateFirst() {
        let may = Deidentifier(
            clientCode: "MJ-001", clientName: "May Jensen", intakeDate: Date(timeIntervalSince1970: 1_767_225_600),
            calendar: utcCalendar)
        XCTAssertEqual(may.redact("May 5, 2026: May was quiet."), "week 18: MJ-001 was quiet.")
    }
}
