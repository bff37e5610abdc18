import XCTest
@testable import TerminalKit

final class ColorDepthTests: XCTestCase {
    func testNoColorForcesMonochromeEvenOnTruecolorTerminals() {
        XCTAssertEqual(ColorDepth.detect(environment: ["NO_COLOR": "1", "COLORTERM": "truecolor", "TERM": "xterm-256color"], terminfoColors: 256), .monochrome)
        XCTAssertEqual(ColorDepth.detect(environment: ["NO_COLOR": "", "TERM": "xterm-256color"]), .indexed256)
    }

    func testDetectionFromColortermTerminfoAndTerm() {
        XCTAssertEqual(ColorDepth.detect(environment: ["COLORTERM": "truecolor", "TERM": "xterm"]), .truecolor)
        XCTAssertEqual(ColorDepth.detect(environment: ["COLORTERM": "24bit"]), .truecolor)
        XCTAssertEqual(ColorDepth.detect(environment: ["TERM": "xterm"], terminfoColors: 256), .indexed256)
        XCTAssertEqual(ColorDepth.detect(environment: ["TERM": "screen"], terminfoColors: 8), .ansi8)
        XCTAssertEqual(ColorDepth.detect(environment: ["TERM": "xterm-256color"]), .indexed256)
        XCTAssertEqual(ColorDepth.detect(environment: ["TERM": "tmux-256color"]), .indexed256)
        XCTAssertEqual(ColorDepth.detect(environment: ["TERM": "xterm"]), .ansi16)
        XCTAssertEqual(ColorDepth.detect(environment: ["TERM": "linux"]), .ansi8)
        XCTAssertEqual(ColorDepth.detect(environment: ["TERM": "dumb"], terminfoColors: 8), .monochrome)
        XCTAssertEqual(ColorDepth.detect(environment: [:]), .monochrome)
    }

    func testTruecolorKeepsRGB() {
        XCTAssertEqual(ColorDepth.truecolor.degrade(.rgb(1, 2, 3)), .rgb(1, 2, 3))
    }

    func testRGBDegradesToExactCubeAndGreyEntries() {
        XCTAssertEqual(ColorDepth.indexed256.degrade(.rgb(0x5f, 0xaf, 0xd7)), .indexed(74))
        XCTAssertEqual(ColorDepth.indexed256.degrade(.rgb(0x1c, 0x1c, 0x1c)), .indexed(234))
        XCTAssertEqual(ColorDepth.indexed256.degrade(.rgb(255, 255, 255)), .indexed(231))
        XCTAssertEqual(ColorDepth.indexed256.degrade(.rgb(0, 0, 0)), .indexed(16))
        XCTAssertEqual(ColorDepth.indexed256.degrade(.rgb(0x80, 0x80, 0x80)), .indexed(244))
    }

    func testEveryPaletteIndexRoundTripsThroughNearest256() {
        for i in 16...255 {
            let (r, g, b) = ColorDepth.rgb(of: UInt8(i))
            let back = ColorDepth.nearest256(UInt8(r), UInt8(g), UInt8(b))
            XCTAssertEqual(ColorDepth.rgb(of: back).0, r, "\(i)")
            XCTAssertEqual(ColorDepth.rgb(of: back).1, g, "\(i)")
            XCTAssertEqual(ColorDepth.rgb(of: back).2, b, "\(i)")
        }
    }

    func testSixteenAndEightColourDegradation() {
        XCTAssertEqual(ColorDepth.ansi16.degrade(.rgb(250, 10, 10)), .indexed(9))
        XCTAssertEqual(ColorDepth.ansi16.degrade(.rgb(200, 0, 0)), .indexed(1))
        XCTAssertEqual(ColorDepth.ansi16.degrade(.indexed(196)), .indexed(9))
        XCTAssertEqual(ColorDepth.ansi16.degrade(.indexed(4)), .indexed(4))
        XCTAssertEqual(ColorDepth.ansi8.degrade(.rgb(250, 10, 10)), .indexed(1))
        XCTAssertEqual(ColorDepth.ansi8.degrade(.indexed(12)), .indexed(4))
        XCTAssertEqual(ColorDepth.ansi8.degrade(.indexed(231)), .indexed(7))
    }

    func testMonochromeKeepsAttributesOnly() {
        let style = Style(foreground: .rgb(1, 2, 3), background: .indexed(4), modifiers: [.bold, .reverse])
        XCTAssertEqual(ColorDepth.monochrome.degrade(style), Style(modifiers: [.bold, .reverse]))
    }
}
