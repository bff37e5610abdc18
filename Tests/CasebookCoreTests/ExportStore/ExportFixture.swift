import Foundation
import XCTest
@testable import CasebookCore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One demo caseload written once into a store that export and brief tests only read.
final class ExportFixture: Sendable {
    static let shared = try! ExportFixture()

    let folder: String
    let store: CaseStore
    let caseload: DemoCaseload
    let clientIDs: [Int64]

    init(clients: Int = 12) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        store = try CaseStore(path: folder + "/demo.sqlite")
        caseload = DemoStoreWriter.caseload(clients: clients)
        clientIDs = try DemoStoreWriter.write(caseload, into: store)
    }

    static func emptyStore(in folder: TemporaryFolder, name: String = "empty.sqlite") throws -> CaseStore {
        try CaseStore(path: folder.path(name))
    }
}

/// Checks that no name of any client is in `text`, ignoring case and diacritics, as whole words
/// (names in scripts without spaces between words as substrings).
func assertNoNames(_ names: [String], in text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
    let folded = foldedForNameCheck(text)
    var spellings = Set(names)
    for name in names {
        for part in name.split(whereSeparator: { $0.isWhitespace }) where part.count >= 3 { spellings.insert(String(part)) }
        for half in name.split(whereSeparator: { $0.isWhitespace || $0 == "-" }) where half.count >= 3 { spellings.insert(String(half)) }
    }
    for spelling in spellings {
        let needle = foldedForNameCheck(spelling).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        guard !needle.isEmpty else { continue }
        let noSpaces = needle.unicodeScalars.contains { (0x3040...0x9FFF).contains($0.value) || (0xAC00...0xD7AF).contains($0.value) }
        let found: Bool
        if noSpaces {
            found = folded.contains(needle)
        } else {
            let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: needle) + "(?![\\p{L}\\p{N}])"
            let regex = try! NSRegularExpression(pattern: pattern)
            found = regex.firstMatch(in: folded, range: NSRange(folded.startIndex..., in: folded)) != nil
        }
        XCTAssertFalse(found, "\(what) contains the name \"\(spelling)\"", file: file, line: line)
    }
}

func foldedForNameCheck(_ text: String) -> String {
    text.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
}

/// Parses `text` as XML; returns the error, or nil when it is well formed.
func xmlError(_ text: String) -> String? {
    final class Collector: NSObject, XMLParserDelegate {
        var error: String?
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            error = "line \(parser.lineNumber): \(parseError.localizedDescription)"
        }
    }
    let parser = XMLParser(data: Data(text.utf8))
    let collector = Collector()
    parser.delegate = collector
    let ok = parser.parse()
    return ok ? nil : (collector.error ?? "parse failed")
}
