import XCTest
@testable import TerminalKit

final class BlockAndParagraphTests: XCTestCase {
    func testBlockDrawsBorderAndTitleAtTwoWidths() {
        let wide = screen(20, 3) { Block(title: "Notes").render(in: $0.area, buffer: &$0) }
        XCTAssertNil(wide.linesMismatch([
            "┌ Notes ───────────┐",
            "│                  │",
            "└──────────────────┘",
        ]))
        let narrow = screen(8, 3) { Block(title: "Notes").render(in: $0.area, buffer: &$0) }
        XCTAssertNil(narrow.linesMismatch(["┌ Note…┐", "│      │", "└──────┘"]))
    }

    func testBlockInnerAreaExcludesBorder() {
        XCTAssertEqual(Block().inner(Rect(x: 0, y: 0, width: 10, height: 5)), Rect(x: 1, y: 1, width: 8, height: 3))
        XCTAssertEqual(Block(title: "t", border: nil).inner(Rect(x: 0, y: 0, width: 10, height: 5)),
                       Rect(x: 0, y: 1, width: 10, height: 4))
    }

    private let note = "The client arrived late and spoke about her sister."

    func testParagraphWrapsAtTwoWidths() {
        let narrow = screen(20, 4) { Paragraph(text: self.note).render(in: $0.area, buffer: &$0) }
        XCTAssertNil(narrow.linesMismatch(["The client arrived", "late and spoke about", "her sister.", ""]))
        let wide = screen(40, 2) { Paragraph(text: self.note).render(in: $0.area, buffer: &$0) }
        XCTAssertNil(wide.linesMismatch(["The client arrived late and spoke about", "her sister."]))
    }

    func testParagraphScrollSkipsRows() {
        let p = Paragraph(text: note, scroll: 1)
        XCTAssertEqual(p.rowCount(width: 20), 3)
        let s = screen(20, 2) { p.render(in: $0.area, buffer: &$0) }
        XCTAssertNil(s.linesMismatch(["late and spoke about", "her sister."]))
    }

    func testParagraphKeepsSpanStylesAcrossWrapping() {
        let bold = Style(modifiers: .bold)
        let line = Line([Span("said ", style: .plain), Span("never again", style: bold)])
        let s = screen(8, 2) { Paragraph([line]).render(in: $0.area, buffer: &$0) }
        XCTAssertNil(s.linesMismatch(["said", "never"]))
        XCTAssertEqual(s.modifierMask(.bold), ["........", "#####..."])
    }

    func testParagraphInsideBlock() {
        let s = screen(12, 4) { Paragraph(text: "one two three", block: Block(title: "B")).render(in: $0.area, buffer: &$0) }
        XCTAssertNil(s.linesMismatch(["┌ B ───────┐", "│one two   │", "│three     │", "└──────────┘"]))
    }
}
