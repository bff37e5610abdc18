import ArgumentParser
import Foundation
import TerminalKit

/// `casebook themes [--check FILE] [--json]`: where each theme comes from, or what is wrong with one.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List themes and where they come from, or check a theme file.")

    @Option(name: .long, help: ArgumentHelp("Validate this theme file and print its errors.", valueName: "file"))
    var check: String?

    @Flag(name: .long, help: "Print the listing as JSON.")
    var json = false

    func run() throws {
        let catalog = ThemeCatalog.standard()
        if let file = check {
            guard FileManager.default.fileExists(atPath: file) else {
                throw CLIError(message: "no such theme file: \(file)", hint: "give the path of a .toml theme file")
            }
            let errors = catalog.check(file: file)
            if errors.isEmpty {
                print("\(file): ok")
                return
            }
            for error in errors { FileHandle.standardError.write(Data((error.description + "\n").utf8)) }
            throw ExitCode(1)
        }
        let listing = catalog.list()
        if json {
            let rows = listing.map { ["name": $0.name, "origin": Self.kind($0.origin), "path": Self.path($0.origin) ?? ""] }
            let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        for item in listing {
            let place = Self.path(item.origin).map { "\(Self.kind(item.origin))  \($0)" } ?? Self.kind(item.origin)
            print("\(item.name.padding(toLength: max(16, item.name.count + 2), withPad: " ", startingAt: 0))\(place)")
        }
    }

    static func kind(_ origin: ThemeCatalog.Origin) -> String {
        switch origin {
        case .path: "path"
        case .user: "user"
        case .shipped: "shipped"
        case .builtin: "built-in"
        }
    }

    static func path(_ origin: ThemeCatalog.Origin) -> String? {
        switch origin {
        case .path(let p), .user(let p), .shipped(let p): p
        case .builtin: nil
        }
    }
}
