import Foundation
import XCTest
@testable import TerminalKit

final class ThemeTests: XCTestCase {
    private var repoThemes: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes").path
    }

    private var tmp: URL!

    override func setUpWithError() throws {
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: tmp) }

    private func write(_ name: String, _ text: String) throws -> String {
        let path = tmp.appendingPathComponent(name + ".toml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private var catalog: ThemeCatalog { ThemeCatalog(userDirectory: tmp.path, shippedDirectories: [repoThemes]) }

    func testBuiltinDefaultEqualsShippedDefaultFile() throws {
        let text = try String(contentsOfFile: repoThemes + "/default.toml", encoding: .utf8)
        XCTAssertEqual(text, BuiltinThemes.defaultTOML)
        let fromDisk = ThemeCatalog(userDirectory: nil, shippedDirectories: [repoThemes]).load("default")
        XCTAssertEqual(fromDisk.errors, [])
        XCTAssertEqual(fromDisk.origin, .shipped(repoThemes + "/default.toml"))
        XCTAssertEqual(fromDisk.theme, Theme.builtinDefault)
    }

    func testEveryShippedThemeParsesWithoutErrorsAndDiffersFromDefault() throws {
        let shipped = ThemeCatalog(userDirectory: nil, shippedDirectories: [repoThemes])
        let names = shipped.list().map(\.name)
        for required in ["default", "light", "high-contrast", "monochrome", "colorblind"] {
            XCTAssertTrue(names.contains(required), required)
            let loaded = shipped.load(required)
            XCTAssertEqual(loaded.errors, [], required)
            XCTAssertNotEqual(loaded.origin, .builtin, required)
            if required != "default" { XCTAssertNotEqual(loaded.theme.styles, Theme.builtinDefault.styles, required) }
        }
    }

    func testDefaultThemeStylesEveryRole() {
        for role in ThemeRole.allCases {
            XCTAssertNotNil(Theme.builtinDefault.styles[role], role.rawValue)
        }
    }

    func testMonochromeUsesAttributesOnly() {
        let theme = ThemeCatalog(userDirectory: nil, shippedDirectories: [repoThemes]).load("monochrome").theme
        for role in ThemeRole.allCases {
            let style = theme.style(for: role)
            XCTAssertEqual(style.foreground, .default, role.rawValue)
            XCTAssertEqual(style.background, .default, role.rawValue)
        }
        XCTAssertNotEqual(theme.style(for: .selection), theme.style(for: .text))
    }

    func testChildPaletteRecoloursRolesInheritedFromParent() throws {
        _ = try write("parent", """
        "text" = "ink"
        "error" = { fg = "ink", bg = "#000000", modifiers = ["bold", "underline"] }
        [palette]
        ink = "#101010"
        """)
        _ = try write("child", """
        inherits = "parent"
        tag.theme = "bright-blue"
        [palette]
        ink = "#ff0000"
        """)
        let loaded = catalog.load("child")
        XCTAssertEqual(loaded.errors, [])
        XCTAssertEqual(loaded.theme.style(for: .text).foreground, .rgb(255, 0, 0))
        XCTAssertEqual(loaded.theme.style(for: .error), Style(foreground: .rgb(255, 0, 0), background: .rgb(0, 0, 0), modifiers: [.bold, .underline]))
        XCTAssertEqual(loaded.theme.style(for: .tagTheme).foreground, .indexed(12))
    }

    func testInheritingDefaultByNameWorksWithoutAnyFiles() throws {
        let path = try write("mine", """
        inherits = "default"
        "accent" = { fg = "#ffffff" }
        """)
        let loaded = ThemeCatalog(userDirectory: nil, shippedDirectories: []).load(path)
        XCTAssertEqual(loaded.errors, [])
        XCTAssertEqual(loaded.theme.style(for: .accent).foreground, .rgb(255, 255, 255))
        XCTAssertEqual(loaded.theme.style(for: .border), Theme.builtinDefault.style(for: .border))
    }

    func testUserFileNamedDefaultCanInheritShippedDefault() throws {
        _ = try write("default", """
        inherits = "default"
        "title" = "#ff0000"
        """)
        let loaded = catalog.load(nil)
        XCTAssertEqual(loaded.errors, [])
        XCTAssertEqual(loaded.theme.style(for: .title).foreground, .rgb(255, 0, 0))
        XCTAssertEqual(loaded.theme.style(for: .text), Theme.builtinDefault.style(for: .text))
    }

    func testErrorsNameFileLineAndKeyAndFallBackToDefault() throws {
        let path = try write("broken", """
        # a comment
        "text" = "#12345"
        "bordr" = "red"
        "accent" = "nosuchcolour"
        "title" = { fg = "red", modifiers = ["blink"] }
        """)
        let loaded = catalog.load("broken")
        XCTAssertEqual(loaded.theme, Theme.builtinDefault)
        XCTAssertEqual(loaded.origin, .builtin)
        let byKey = Dictionary(loaded.errors.map { ($0.key ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(byKey["text"], ThemeError(file: path, line: 2, key: "text", problem: .badColor("#12345")))
        XCTAssertEqual(byKey["bordr"], ThemeError(file: path, line: 3, key: "bordr", problem: .unknownRole))
        XCTAssertEqual(byKey["accent"], ThemeError(file: path, line: 4, key: "accent", problem: .unknownPaletteName("nosuchcolour")))
        XCTAssertEqual(byKey["title.modifiers"]?.problem, .unknownModifier("blink"))
        XCTAssertTrue(byKey["accent"]!.description.contains("broken.toml:4: key \"accent\""), byKey["accent"]!.description)
    }

    func testSyntaxErrorReportsLine() throws {
        let path = try write("syntax", """
        "text" = "red"

        "accent" = = "blue"
        """)
        let errors = catalog.check(file: path)
        XCTAssertEqual(errors.count, 1)
        XCTAssertEqual(errors.first?.line, 3)
        guard case .syntax = errors.first?.problem else { return XCTFail("\(errors)") }
    }

    func testInheritsCycleAndMissingParentAreReported() throws {
        _ = try write("a", "inherits = \"b\"\n")
        _ = try write("b", "inherits = \"a\"\n")
        _ = try write("orphan", "inherits = \"nowhere\"\n")
        XCTAssertEqual(catalog.load("a").errors.map(\.problem), [.inheritsCycle(["a", "b", "a"])])
        XCTAssertEqual(catalog.load("orphan").errors.map(\.problem), [.missingParent("nowhere")])
        XCTAssertEqual(catalog.load("nonexistent").errors.map(\.problem), [.unknownTheme("nonexistent")])
    }

    func testListShowsUserThemesBeforeShippedOnesWithTheirOrigin() throws {
        let path = try write("light", "inherits = \"default\"\n")
        let listing = catalog.list()
        XCTAssertEqual(listing.first { $0.name == "light" }?.origin, .user(path))
        XCTAssertEqual(listing.first { $0.name == "monochrome" }?.origin, .shipped(repoThemes + "/monochrome.toml"))
        XCTAssertEqual(ThemeCatalog(userDirectory: nil, shippedDirectories: []).list(), [.init(name: "default", origin: .builtin)])
    }

    func testStandardCatalogFindsShippedThemesFromBuildDirectory() {
        let repo = URL(fileURLWithPath: repoThemes).deletingLastPathComponent().path
        let c = ThemeCatalog.standard(environment: ["XDG_CONFIG_HOME": "/xdg"], executablePath: repo + "/.build/debug/casebook", currentDirectory: "/")
        XCTAssertEqual(c.userDirectory, "/xdg/casebook/themes")
        XCTAssertEqual(c.shippedDirectories, [repoThemes])
        XCTAssertEqual(ThemeCatalog.standard(environment: ["HOME": "/home/x"], executablePath: "/nowhere/bin/casebook", currentDirectory: "/").userDirectory, "/home/x/.config/casebook/themes")
    }

    func testTagRoleForCategoryName() {
        XCTAssertEqual(ThemeRole.tag(category: "ccrt_wish"), .tagCCRTWish)
        XCTAssertEqual(ThemeRole.tag(category: "mystery"), .tagUnknown)
        XCTAssertEqual(ThemeRole.intensity(9), .intensity3)
    }
}
