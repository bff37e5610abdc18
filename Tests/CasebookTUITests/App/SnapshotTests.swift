import TerminalKit
import XCTest
@testable import CasebookTUI

/// Whole screens at the two sizes the interface is designed for, on the seeded demo.
final class SnapshotTests: XCTestCase {
    private static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    private func snapshot(_ name: String, demo: Bool = true, keys: [KeyEvent] = []) throws {
        let f = try StoreFixture(demo: demo)
        for size in Self.sizes {
            var h = f.harness(size: size)
            for key in keys { h.key(key) }
            Snapshot.assert(h.lines, named: "\(name)-\(size.width)x\(size.height)")
        }
    }

    func testClientsScreen() throws { try snapshot("clients") }
    func testClientScreen() throws { try snapshot("client", keys: [KeyEvent(.enter)]) }
    func testClientFormulationTab() throws { try snapshot("client-formulation", keys: [KeyEvent(.enter), .char("2")]) }
    func testFirstRunScreen() throws { try snapshot("first-run", demo: false) }
    func testHelpOverlay() throws { try snapshot("help", keys: [.char("?")]) }
    func testPaletteOverlay() throws { try snapshot("palette", keys: [.char(":"), .char("c"), .char("l")]) }
    func testPrivacyScreen() throws { try snapshot("privacy", keys: [KeyEvent(.function(12))]) }
    func testAddClientForm() throws { try snapshot("add-client", keys: [.char("a"), KeyEvent(.enter)]) }

    func testMinimumSizeMessage() throws {
        let f = try StoreFixture(demo: true)
        var h = f.harness()
        h.resize(59, 15)
        Snapshot.assert(h.lines, named: "too-small-59x15")
    }
}
