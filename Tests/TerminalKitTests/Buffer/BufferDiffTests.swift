import XCTest
@testable import TerminalKit

final class BufferDiffTests: XCTestCase {
    private func describe(_ changes: [BufferChange]) -> [String] {
        changes.map { "\($0.x),\($0.y):\($0.cell.grapheme)" }
    }

    func testIdenticalBuffersNeedNoWrites() {
        var a = Buffer(size: Size(width: 5, height: 2))
        a.setString(x: 0, y: 0, "中ab")
        XCTAssertTrue(a.diff(from: a).isEmpty)
    }

    func testOnlyChangedCellsAreEmitted() {
        var old = Buffer(size: Size(width: 5, height: 2))
        old.setString(x: 0, y: 0, "hello")
        var new = old
        new.setString(x: 1, y: 1, "x")
        new.setString(x: 4, y: 0, "!")
        XCTAssertEqual(describe(new.diff(from: old)), ["4,0:!", "1,1:x"])
    }

    func testWideCharacterEmitsItsCellAndSkipsContinuation() {
        let old = Buffer(size: Size(width: 4, height: 1))
        var new = old
        new.setString(x: 1, y: 0, "中")
        XCTAssertEqual(describe(new.diff(from: old)), ["1,0:中"])
    }

    func testReplacingWideCharacterWithNarrowOnesEmitsTheCellAfter() {
        var old = Buffer(size: Size(width: 4, height: 1))
        old.setString(x: 0, y: 0, "中")
        var new = Buffer(size: Size(width: 4, height: 1))
        new.setString(x: 0, y: 0, "a")
        XCTAssertEqual(describe(new.diff(from: old)), ["0,0:a", "1,0: "])
    }

    func testApplyingTheDiffReproducesTheFrame() {
        var backend = TestBackend(width: 8, height: 2)
        backend.draw { $0.setString(x: 0, y: 0, "中文ab👨‍👩‍👧"); $0.setString(x: 0, y: 1, "x") }
        let first = backend.buffer
        backend.draw { $0.setString(x: 1, y: 0, "z中"); $0.setString(x: 0, y: 1, "🇫🇷y") }
        var expected = Buffer(size: Size(width: 8, height: 2))
        expected.setString(x: 1, y: 0, "z中")
        expected.setString(x: 0, y: 1, "🇫🇷y")
        XCTAssertEqual(backend.buffer, expected)
        XCTAssertNotEqual(backend.buffer, first)
        backend.draw { $0.setString(x: 1, y: 0, "z中"); $0.setString(x: 0, y: 1, "🇫🇷y") }
        XCTAssertEqual(backend.lastWrites, 0, "an unchanged frame writes nothing")
    }
}

final class BufferDiffResizeTests: XCTestCase {
    func testResizedFrameRewritesEveryCell() {
        let old = Buffer(size: Size(width: 3, height: 1))
        var new = Buffer(size: Size(width: 2, height: 2))
        new.setString(x: 0, y: 1, "中")
        XCTAssertEqual(new.diff(from: old).count, 3, "two blanks on row 0, one wide char on row 1")
    }
}
