import CasebookCore
import TerminalKit
import XCTest
@testable import CasebookTUI

/// The preview's lists ("active · weekly · 12 sessions", the codes) break between items.
final class ClientPreviewSeparatorTests: XCTestCase {
    func testNoPreviewLineStartsOrEndsWithASeparatorAtAnyNarrowWidth() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness(size: Size(width: 80, height: 24))
        var checkedLists = 0
        for _ in StoreFixture.demo.clients {
            XCTAssertNotNil(h.state.clients.detail, "the codes are read when the selection lands")
            for width in 24...48 {
                let pane = Rect(x: 0, y: 0, width: width, height: 30)
                var buffer = Buffer(size: Size(width: width, height: 30))
                ClientPreviewView.render(h.state, in: pane, buffer: &buffer, theme: .builtinDefault)
                let text = ClientPreviewView.areas(h.state, preview: pane).text
                let rows = (text.y..<text.bottom).map { y in
                    (text.x..<text.right).map { buffer[$0, y].grapheme }.joined().trimmingCharacters(in: .whitespaces)
                }
                for row in rows {
                    XCTAssertFalse(row.hasSuffix("·"), "a separator left at the end at width \(width): \(rows)")
                    XCTAssertFalse(row.hasPrefix("·"), "a separator starting a line at width \(width): \(rows)")
                }
                checkedLists += rows.filter { $0.contains(" · ") }.count
            }
            h.key(.char("j"))
        }
        XCTAssertGreaterThan(checkedLists, 0, "the lists are drawn, with separators between items on a line")
    }
}
