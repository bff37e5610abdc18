import XCTest
@testable import TerminalKit

final class BarsAndDialogTests: XCTestCase {
    let tabs = Tabs(["Sessions", "Timeline", "Formulation"], selected: 1)

    func testTabsAtTwoWidthsKeepSelectedVisible() {
        let wide = screen(40, 1) { self.tabs.render(in: $0.area, buffer: &$0) }
        XCTAssertNil(wide.linesMismatch([" Sessions │ Timeline │ Formulation"]))
        XCTAssertEqual(wide.modifierMask(.reverse), [String(repeating: ".", count: 11) + String(repeating: "#", count: 10) + String(repeating: ".", count: 19)])
        let narrow = screen(20, 1) { self.tabs.render(in: $0.area, buffer: &$0) }
        XCTAssertNil(narrow.linesMismatch([" Timeline │ Formula…"]))
    }

    let status = StatusLine(left: "Ana Example", center: "Session 12", right: "saved")

    func testStatusLineAtTwoWidthsDropsCentreFirst() {
        let wide = screen(40, 1) { self.status.render(in: $0.area, buffer: &$0) }
        XCTAssertNil(wide.linesMismatch(["Ana Example    Session 12          saved"]))
        let narrow = screen(20, 1) { self.status.render(in: $0.area, buffer: &$0) }
        XCTAssertNil(narrow.linesMismatch(["Ana Example    saved"]))
        let tiny = screen(10, 1) { self.status.render(in: $0.area, buffer: &$0) }
        XCTAssertNil(tiny.linesMismatch(["Ana… saved"]))
    }

    let hints = KeyHintBar([KeyHint("q", "quit"), KeyHint("/", "filter"), KeyHint("n", "new session"), KeyHint("?", "help")])

    func testKeyHintBarDropsHintsThatDoNotFitWhole() {
        let wide = screen(40, 1) { self.hints.render(in: $0.area, buffer: &$0) }
        XCTAssertNil(wide.linesMismatch(["q quit  / filter  n new session  ? help"]))
        XCTAssertEqual(wide.modifierMask(.bold)[0].prefix(9), "#.......#")
        let narrow = screen(20, 1) { self.hints.render(in: $0.area, buffer: &$0) }
        XCTAssertNil(narrow.linesMismatch(["q quit  / filter"]))
    }

    let dialog = Dialog(title: "Delete note?", body: "This cannot be undone.", buttons: ["Cancel", "Delete"], selectedButton: 1, width: 30)

    func testDialogClearsWhatIsUnderItAtTwoWidths() {
        let fillX: (inout Buffer) -> Void = { $0.fill(area: $0.area, cell: Cell(grapheme: "x")) }
        let wide = screen(40, 9) { fillX(&$0); self.dialog.render(in: $0.area, buffer: &$0) }
        let xs = String(repeating: "x", count: 40)
        XCTAssertNil(wide.linesMismatch([
            xs, xs,
            "xxxxx┌ Delete note? ──────────────┐xxxxx",
            "xxxxx│ This cannot be undone.     │xxxxx",
            "xxxxx│                            │xxxxx",
            "xxxxx│   [ Cancel ]  [ Delete ]   │xxxxx",
            "xxxxx└────────────────────────────┘xxxxx",
            xs, xs,
        ]))
        XCTAssertEqual(wide.modifierMask(.reverse)[5], String(repeating: ".", count: 21) + String(repeating: "#", count: 10) + String(repeating: ".", count: 9))

        let narrow = screen(24, 8) { fillX(&$0); self.dialog.render(in: $0.area, buffer: &$0) }
        XCTAssertNil(narrow.linesMismatch([
            String(repeating: "x", count: 24),
            "┌ Delete note? ────────┐",
            "│ This cannot be       │",
            "│ undone.              │",
            "│                      │",
            "│  [Cancel] [Delete]   │",
            "└──────────────────────┘",
            String(repeating: "x", count: 24),
        ]))
    }
}
