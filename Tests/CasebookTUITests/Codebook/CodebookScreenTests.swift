import CasebookCore
import Foundation
import TerminalKit
import XCTest
@testable import CasebookTUI

final class CodebookScreenTests: XCTestCase {
    private var fixture: CodebookTestStore!
    private var state: CodebookState!

    override func setUpWithError() throws {
        fixture = try CodebookTestStore()
        state = try CodebookScreen.open(store: fixture.store, now: fixture.now)
    }

    override func tearDown() {
        state = nil
        fixture = nil
    }

    func testDefensesAreGroupedUnderTheirDMRSLevelsFromMatureToAction() {
        state.focus = .categories
        fixture.press(&state, "j")
        XCTAssertEqual(state.category, .defense)
        let headers = state.rows.compactMap { row -> Int? in if case .level(let level) = row { return level } else { return nil } }
        XCTAssertEqual(headers, [7, 6, 5, 4, 3, 2, 1])
        XCTAssertEqual(state.codes.count, 30)
        // Every code sits under the header of its own level.
        var current: Int?
        for row in state.rows {
            switch row {
            case .level(let level): current = level
            case .code(let usage, _): XCTAssertEqual(usage.tag.level, current, usage.tag.name)
            }
        }
        XCTAssertEqual(state.codes.first?.tag.level, 7)
        XCTAssertEqual(state.codes.last?.tag.level, 1)
    }

    func testAddingADuplicateSlugIsRefusedInTheFormThenSucceedsWithAnother() throws {
        fixture.press(&state, "a")
        for key in "Abandonment" { fixture.press(&state, String(key)) }
        guard case .add(let typed)? = state.modal else { return XCTFail("no form") }
        XCTAssertEqual(typed.slug.text, "abandonment", "the slug follows the name")
        fixture.press(&state, .character("s"), modifiers: .ctrl)
        guard case .add(let refused)? = state.modal else { return XCTFail("the form closed on a refused slug") }
        XCTAssertTrue(refused.error?.contains("already has theme/abandonment") ?? false, refused.error ?? "")
        XCTAssertEqual(refused.name.text, "Abandonment", "what was typed is kept")
        let lines = fixture.render(state, width: 80, height: 24).lines
        XCTAssertTrue(lines.contains { $0.contains("already has theme/abandonment") })

        fixture.press(&state, .tab)
        fixture.press(&state, .character("u"), modifiers: .ctrl)
        for key in "fear-of-abandonment" { fixture.press(&state, String(key)) }
        fixture.press(&state, .tab)
        for key in "Dread of being left alone" { fixture.press(&state, String(key)) }
        fixture.press(&state, .character("s"), modifiers: .ctrl)
        XCTAssertNil(state.modal)
        XCTAssertEqual(state.selectedCode?.tag.slug, "fear-of-abandonment")
        XCTAssertEqual(state.selectedCode?.tag.description, "Dread of being left alone")
        XCTAssertEqual(state.request, .status("Added ‘Abandonment’ (#fear-of-abandonment)."))
    }

    func testAnEmptyNameIsRefusedBeforeTheStore() {
        fixture.press(&state, "a")
        XCTAssertEqual(fixture.press(&state, .character("s"), modifiers: .ctrl), [])
        guard case .add(let form)? = state.modal else { return XCTFail("no form") }
        XCTAssertEqual(form.error, "A code needs a name; type one.")
    }

    func testRenameKeepsTheSlugSoInlineTagsStillResolve() throws {
        fixture.select("Envy", in: &state)
        fixture.press(&state, "r")
        fixture.press(&state, .character("u"), modifiers: .ctrl)
        for key in "Envy of others" { fixture.press(&state, String(key)) }
        fixture.press(&state, .enter)
        XCTAssertNil(state.modal)
        XCTAssertEqual(state.selectedCode?.tag.name, "Envy of others")
        XCTAssertEqual(state.selectedCode?.tag.slug, "envy")
        guard case .tag(let resolved) = try fixture.store.resolveSlug("#envy") else { return XCTFail("#envy no longer resolves") }
        XCTAssertEqual(resolved.name, "Envy of others")
    }

    func testMergeConfirmationSaysHowManyObservationsMoveAndThenTheyDo() throws {
        fixture.select("Envy", in: &state)
        fixture.press(&state, "m")
        for key in "jeal" { fixture.press(&state, String(key)) }
        fixture.press(&state, .enter)
        guard case .confirmMerge(let plan)? = state.modal else { return XCTFail("no confirmation: \(String(describing: state.modal))") }
        XCTAssertEqual(plan.question, "Merge ‘Envy’ into ‘Jealousy’? 3 observations in 2 sessions move to ‘Jealousy’.")
        let screen = fixture.render(state, width: 80, height: 24).lines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("Merge ‘Envy’ into ‘Jealousy’?"), screen)
        XCTAssertTrue(screen.contains("3 observations in 2 sessions"), screen)
        XCTAssertEqual(try fixture.uses(of: fixture.jealousy.id!), 1, "nothing moves before the clinician confirms")

        fixture.press(&state, "y")
        XCTAssertNil(state.modal)
        XCTAssertEqual(try fixture.uses(of: fixture.jealousy.id!), 4)
        XCTAssertFalse(state.codes.contains { $0.tag.name == "Envy" }, "a merged code is still listed")
        XCTAssertEqual(state.selectedCode?.tag.name, "Jealousy")
        XCTAssertEqual(state.selectedCode?.uses, 4)
        XCTAssertEqual(state.request, .status("Merged ‘Envy’ into ‘Jealousy’: 3 observations moved."))
    }

    func testDecliningTheMergeMovesNothing() throws {
        fixture.select("Envy", in: &state)
        fixture.press(&state, "m")
        fixture.press(&state, .enter)
        fixture.press(&state, "n")
        XCTAssertNil(state.modal)
        XCTAssertEqual(try fixture.uses(of: fixture.envy.id!), 3)
    }

    func testArchivingHidesTheCodeUntilArchivedAreShown() {
        fixture.select("Envy", in: &state)
        fixture.press(&state, "A")
        XCTAssertFalse(state.codes.contains { $0.tag.name == "Envy" })
        XCTAssertFalse(fixture.render(state, width: 80, height: 24).lines.contains { $0.contains("Envy") })
        fixture.press(&state, ".")
        XCTAssertTrue(state.codes.contains { $0.tag.name == "Envy" && $0.tag.archived })
        let row = fixture.render(state, width: 80, height: 24).lines.first { $0.contains("Envy") }
        XCTAssertTrue(row?.contains("archived") ?? false, row ?? "")
        fixture.select("Envy", in: &state)
        fixture.press(&state, "x")
        XCTAssertEqual(state.codes.first { $0.tag.name == "Envy" }?.tag.archived, false)
    }

    func testABuiltinCodeCannotBeDeletedAndSaysToArchive() throws {
        state.category = .defense
        fixture.select("Humor", in: &state)
        XCTAssertEqual(fixture.press(&state, "d"), [])
        XCTAssertNil(state.modal)
        guard case .status(let message)? = state.request else { return XCTFail("no message") }
        XCTAssertTrue(message.contains("built in") && message.contains("archive"), message)
        XCTAssertTrue(try fixture.store.tags(category: .defense).contains { $0.tag.name == "Humor" })
    }

    func testAnUnusedCustomCodeIsDeletedOnlyAfterConfirmation() throws {
        fixture.select("Abandonment", in: &state)
        fixture.press(&state, "d")
        guard case .confirmDelete? = state.modal else { return XCTFail("no confirmation") }
        fixture.press(&state, .enter)
        XCTAssertTrue(state.codes.contains { $0.tag.name == "Abandonment" }, "Enter must not delete")
        fixture.press(&state, "d")
        fixture.press(&state, "y")
        XCTAssertFalse(state.codes.contains { $0.tag.name == "Abandonment" })
        fixture.select("Envy", in: &state)
        fixture.press(&state, "d")
        XCTAssertNil(state.modal, "a used code offered for deletion")
    }

    func testANewThemeNestsUnderItsParentAndShowsIndented() throws {
        fixture.press(&state, "a")
        for key in "Fear of being left" { fixture.press(&state, String(key)) }
        fixture.press(&state, .tab)  // slug
        fixture.press(&state, .tab)  // description
        fixture.press(&state, .tab)  // parent
        fixture.press(&state, .enter)
        guard case .parentForForm? = state.modal else { return XCTFail("no parent picker") }
        for key in "aband" { fixture.press(&state, String(key)) }
        fixture.press(&state, .enter)
        guard case .add(let form)? = state.modal else { return XCTFail("back to the form expected") }
        XCTAssertEqual(form.parentID, fixture.abandonment.id)
        fixture.press(&state, .character("s"), modifiers: .ctrl)
        XCTAssertNil(state.modal)
        let added = try XCTUnwrap(state.selectedCode?.tag)
        XCTAssertEqual(added.parentID, fixture.abandonment.id)
        let names = state.rows.compactMap { row -> String? in
            if case .code(let usage, let depth) = row { return "\(depth) \(usage.tag.name)" }
            return nil
        }
        let parentIndex = try XCTUnwrap(names.firstIndex(of: "0 Abandonment"))
        XCTAssertEqual(names[parentIndex + 1], "1 Fear of being left")
        let lines = fixture.render(state, width: 80, height: 24).lines
        XCTAssertTrue(lines.contains { $0.contains("└ Fear of being left") }, lines.joined(separator: "\n"))
    }

    func testColourMustBeHexAndShowsAsTheSwatch() throws {
        fixture.select("Envy", in: &state)
        fixture.press(&state, "c")
        for key in "teal" { fixture.press(&state, String(key)) }
        XCTAssertEqual(fixture.press(&state, .enter), [])
        guard case .color(_, _, let error)? = state.modal else { return XCTFail("the colour prompt closed") }
        XCTAssertTrue(error?.contains("#rrggbb") ?? false)
        fixture.press(&state, .character("u"), modifiers: .ctrl)
        for key in "#5FAF87" { fixture.press(&state, String(key)) }
        fixture.press(&state, .enter)
        XCTAssertNil(state.modal)
        XCTAssertEqual(state.selectedCode?.tag.color, "#5faf87")
        let buffer = fixture.render(state, width: 80, height: 24)
        let y = try XCTUnwrap(buffer.lines.firstIndex { $0.contains("Envy") && $0.contains("██") })
        let x = Array(buffer.lines[y]).firstIndex(of: "█")!
        XCTAssertEqual(buffer[x, y].style.foreground, .rgb(0x5f, 0xaf, 0x87))
    }

    func testDescriptionIsEditedAndShownBelowTheTable() {
        fixture.select("Jealousy", in: &state)
        fixture.press(&state, "e")
        for key in "Rivalry for a third person" { fixture.press(&state, String(key)) }
        fixture.press(&state, .enter)
        XCTAssertEqual(state.selectedCode?.tag.description, "Rivalry for a third person")
        XCTAssertTrue(fixture.render(state, width: 80, height: 24).lines.contains { $0.contains("Rivalry for a third person") })
    }

    func testFilterNarrowsTheTableAsYouType() {
        state.category = .defense
        fixture.press(&state, "f")
        XCTAssertTrue(CodebookScreen.isEditingText(state))
        for key in "ideal" { fixture.press(&state, String(key)) }
        XCTAssertEqual(Set(state.codes.map(\.tag.level)), [4])
        XCTAssertEqual(state.codes.count, 2)
        fixture.press(&state, .escape)
        XCTAssertEqual(state.codes.count, 30)
    }

    func testAnExistingThemeMovesUnderAParentWithP() throws {
        fixture.select("Jealousy", in: &state)
        fixture.press(&state, "p")
        for key in "envy" { fixture.press(&state, String(key)) }
        fixture.press(&state, .enter)
        XCTAssertNil(state.modal)
        XCTAssertEqual(try fixture.store.tag(id: fixture.jealousy.id!)?.parentID, fixture.envy.id)
        XCTAssertEqual(state.request, .status("‘Jealousy’ now sits under ‘Envy’."))
        // A theme cannot go under its own child: the store refuses and the screen says why.
        fixture.select("Envy", in: &state)
        fixture.press(&state, "p")
        for key in "jeal" { fixture.press(&state, String(key)) }
        fixture.press(&state, .enter)
        guard case .status(let message)? = state.request else { return XCTFail("no message") }
        XCTAssertTrue(message.contains("sits inside this theme"), message)
        XCTAssertNil(try fixture.store.tag(id: fixture.envy.id!)?.parentID)
    }

    func testACustomDefenseIsFiledUnderTheLevelChosenInTheForm() throws {
        state.category = .defense
        fixture.press(&state, "a")
        for key in "Somatization" { fixture.press(&state, String(key)) }
        fixture.press(&state, .tab)  // slug
        fixture.press(&state, .tab)  // level
        fixture.press(&state, "1")
        fixture.press(&state, .character("s"), modifiers: .ctrl)
        XCTAssertNil(state.modal)
        XCTAssertEqual(state.selectedCode?.tag.level, 1)
        let rows = state.rows
        let index = try XCTUnwrap(rows.firstIndex { $0.usage?.tag.name == "Somatization" })
        let header = rows[..<index].last { if case .level = $0 { return true } else { return false } }
        XCTAssertEqual(header, .level(1))
    }

    func testVimKeysMoveThroughCodesAndPanes() {
        state.category = .defense
        fixture.press(&state, "G")
        XCTAssertEqual(state.selectedCode?.tag.level, 1)
        fixture.press(&state, "gg")
        XCTAssertEqual(state.selectedCode?.tag.name, "Affiliation")
        fixture.press(&state, .character("d"), modifiers: .ctrl)
        XCTAssertEqual(state.selection.selected, 10)
        fixture.press(&state, "k")
        XCTAssertEqual(state.selection.selected, 9)
        fixture.press(&state, "h")
        XCTAssertEqual(state.focus, .categories)
        fixture.press(&state, "j")
        XCTAssertEqual(state.category, .transference)
        XCTAssertEqual(state.selection.selected, 0, "a new category starts at its first code")
        fixture.press(&state, "l")
        XCTAssertEqual(state.focus, .codes)
    }

    func testEscapeOutsideTextAsksToClose() {
        fixture.press(&state, .escape)
        XCTAssertEqual(state.request, .close)
    }
}
