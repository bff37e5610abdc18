import CasebookCore
import Foundation
import TerminalKit
import XCTest

/// A clock the tests move by hand, so saves get distinct, known dates.
final class FixtureClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    init(_ start: Date) { current = start }
    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current = current.addingTimeInterval(seconds) } }
}

/// A small fictional client in a temporary store, for the casework tabs: four sessions a week
/// apart, a mother and a partner, a dream and an early memory tagged inline.
struct CaseworkFixture {
    let store: CaseStore
    let clock: FixtureClock
    let directory: URL
    let clientID: Int64
    let sessions: [Session]
    let mother: Figure
    let partner: Figure

    static let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01

    static func make() throws -> CaseworkFixture {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("casework-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let clock = FixtureClock(start)
        let store = try CaseStore(url: directory.appendingPathComponent("casebook.sqlite"), now: { clock.now })
        let client = try store.createClient(Client(code: "AM-014", name: "Ada Marlow", intakeDate: start))
        let clientID = try XCTUnwrap(client.id)
        var sessions: [Session] = []
        for week in 0..<4 {
            sessions.append(try store.createSession(clientID: clientID, startedAt: start.addingTimeInterval(Double(week) * 7 * 86_400)))
        }
        let mother = try store.addFigure(clientID: clientID, role: "mother", name: "Greta")
        let partner = try store.addFigure(clientID: clientID, role: "partner", name: "Jonas")
        return CaseworkFixture(store: store, clock: clock, directory: directory, clientID: clientID, sessions: sessions,
                               mother: mother, partner: partner)
    }

    func sessionID(_ number: Int) throws -> Int64 { try XCTUnwrap(sessions[number - 1].id) }

    func tagID(_ category: TagCategory, _ slug: String) throws -> Int64 {
        try XCTUnwrap(try store.tags(category: category).first { $0.tag.slug == slug }?.tag.id)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// Renders a screen into a fresh buffer of `size` and returns its lines.
    static func render(_ size: Size, _ draw: (Rect, inout Buffer) -> Position?) -> (lines: [String], cursor: Position?) {
        var buffer = Buffer(size: size)
        let cursor = draw(Rect(x: 0, y: 0, width: size.width, height: size.height), &buffer)
        return (buffer.lines, cursor)
    }

    static let small = Size(width: 80, height: 24)
    static let large = Size(width: 120, height: 40)
}

func key(_ text: String) -> KeyEvent { KeyEvent(.character(text)) }

/// The key events that type `text`, one grapheme each.
func typing(_ text: String) -> [KeyEvent] { text.map { KeyEvent(.character(String($0))) } }

func assertContains(_ lines: [String], _ needle: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertTrue(lines.contains { $0.contains(needle) }, "no line contains \"\(needle)\":\n" + lines.joined(separator: "\n"),
                  file: file, line: line)
}

func assertLacks(_ lines: [String], _ needle: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertFalse(lines.contains { $0.contains(needle) }, "a line contains \"\(needle)\":\n" + lines.joined(separator: "\n"),
                   file: file, line: line)
}
