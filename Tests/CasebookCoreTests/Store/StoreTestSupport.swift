import Foundation
import XCTest
@testable import CasebookCore

/// A fresh folder per test, removed afterwards.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit {
        // Read-only fixtures must become writable again to be removed.
        chmod(url.path, 0o700)
        if let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) {
            for name in names { chmod(url.appendingPathComponent(name).path, 0o600) }
        }
        try? FileManager.default.removeItem(at: url)
    }
}

/// A clock the test moves by hand, so "ten minutes later" needs no waiting.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_790_000_000)

    var now: Date { lock.withLock { current } }

    func advance(minutes: Double) { lock.withLock { current += minutes * 60 } }
}

/// A stand-in for `InlineTagParser` while the real one is written elsewhere: `#slug`,
/// `#category/slug`, `?`/`!` intensity; the evidence is the tag's line with every tag removed.
enum FakeInlineParser {
    static func parse(_ text: String) -> [InlineTag] {
        let scalars = Array(text.unicodeScalars)
        var tags: [InlineTag] = []
        var index = 0
        func isSlugScalar(_ scalar: Unicode.Scalar) -> Bool {
            CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_" || scalar == "/"
        }
        while index < scalars.count {
            guard scalars[index] == "#" else { index += 1; continue }
            let start = index
            index += 1
            var body = ""
            while index < scalars.count, isSlugScalar(scalars[index]) {
                body.unicodeScalars.append(scalars[index])
                index += 1
            }
            guard !body.isEmpty else { continue }
            var intensity = 2
            if index < scalars.count, scalars[index] == "?" { intensity = 1; index += 1 }
            else if index < scalars.count, scalars[index] == "!" { intensity = 3; index += 1 }
            let parts = body.lowercased().split(separator: "/", maxSplits: 1).map(String.init)
            let lineStart = scalars[..<start].lastIndex(of: "\n").map { $0 + 1 } ?? 0
            let lineEnd = scalars[index...].firstIndex(of: "\n") ?? scalars.count
            var line = ""
            line.unicodeScalars.append(contentsOf: scalars[lineStart..<lineEnd])
            let evidence = line.split(separator: " ").filter { !$0.hasPrefix("#") }.joined(separator: " ")
            tags.append(InlineTag(
                category: parts.count == 2 ? parts[0] : nil, slug: parts.last ?? "", intensity: intensity,
                span: start..<index, sentenceSpan: lineStart..<lineEnd, evidence: evidence))
        }
        return tags
    }
}

/// A small codebook for tests, whatever `BuiltinCodebook.tags` holds on this branch.
enum TestCodebook {
    static let tags: [BuiltinTag] = [
        BuiltinTag(category: .defense, name: "Humor", slug: "humor", level: 7, description: "Amusing aspects of conflict."),
        BuiltinTag(category: .defense, name: "Isolation of affects", slug: "isolation-of-affects", level: 6, description: ""),
        BuiltinTag(category: .defense, name: "Denial", slug: "denial", level: 3, description: ""),
        BuiltinTag(category: .transference, name: "Positive", slug: "positive", description: ""),
        BuiltinTag(category: .countertransference, name: "Positive", slug: "positive", description: ""),
    ]
}

extension XCTestCase {
    /// A store on a fresh file with the fake parser, the test clock and the test codebook.
    func makeStore(
        in folder: TemporaryFolder, name: String = "casebook.sqlite", clock: TestClock = TestClock()
    ) throws -> CaseStore {
        let store = try CaseStore(
            url: folder.url.appendingPathComponent(name), parse: { FakeInlineParser.parse($0) },
            now: { clock.now })
        try store.database.write { db in try Migrations.insertMissingBuiltins(TestCodebook.tags, db) }
        return store
    }

    func makeClient(_ store: CaseStore, code: String = "AM-014", name: String = "Anna Meier") throws -> Client {
        try store.createClient(Client(code: code, name: name, aliases: ["Annie"], intakeDate: Date(timeIntervalSince1970: 1_780_000_000)))
    }

    func tagID(_ store: CaseStore, _ written: String, file: StaticString = #filePath, line: UInt = #line) throws -> Int64 {
        guard case .tag(let tag) = try store.resolveSlug(written), let id = tag.id else {
            XCTFail("\(written) does not resolve", file: file, line: line)
            return -1
        }
        return id
    }
}
